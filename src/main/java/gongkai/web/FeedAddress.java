package gongkai.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * The site's address in a feed's links. A feed reader keeps the links it is given and follows
 * them later, so they must lead to this site and nowhere a client chose. With {@code serve
 * --public-url} they are built from that address alone. Without it they take the request's Host
 * header, but only a plain {@code host[:port]}: anything else there (a path, a user name, quotes,
 * a second address) is refused with a 400 rather than copied into every link.
 */
final class FeedAddress {

    /** A DNS name or IPv4 address, or an IPv6 address in brackets, with an optional port. */
    private static final Pattern PLAIN_HOST = Pattern.compile(
            "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
                    + "|\\[[0-9A-Fa-f:.]+])(?::[0-9]{1,5})?");

    private final String publicUrl;

    /** @param publicUrl the checked public address (see {@link #checkPublicUrl}), or null */
    FeedAddress(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    /** The site's address, {@code http://host:port} or the public URL, without a trailing slash; a 400 for a Host not plain. */
    String base(Context ctx) {
        if (publicUrl != null) return publicUrl;
        String host = ctx.header("Host");
        if (host == null || !PLAIN_HOST.matcher(host).matches()) {
            throw new BadRequestResponse("请求的 Host 不是“主机名[:端口]” (the Host header must be a plain host[:port]; "
                    + "a server behind a proxy is started with --public-url)");
        }
        return ctx.scheme() + "://" + host;
    }

    /** The feed's own address: the base, the path the app saw, and the query as it was sent. */
    static String self(String base, Context ctx) {
        String query = ctx.queryString();
        return base + ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    /** The public URL as links start with it; a one-line error naming the option when it is not an http(s) address. */
    static String checkPublicUrl(String url) {
        String why = "--public-url must be an http or https address such as https://gongkai.example.org, not " + url;
        URI u;
        try {
            u = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(why);
        }
        boolean web = "http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme());
        if (!web || u.getHost() == null || u.getRawUserInfo() != null || u.getRawQuery() != null || u.getRawFragment() != null) {
            throw new IllegalArgumentException(why);
        }
        String s = u.toString();
        while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
        return s;
    }
}
