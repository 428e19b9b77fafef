package gongkai.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds a web page's article body, leaving out the site's navigation, header and footer, which
 * would otherwise make every report of one site match the same words. Scores containers by the
 * prose they hold (paragraphs of some length, Chinese commas; text inside links does not count)
 * and picks the best one, discounted by its share of link text. The article's headline and its
 * publication line usually sit just outside that container, so they are kept when found.
 */
final class MainContent {

    private static final Set<String> NEVER_CONTENT = Set.of("nav", "header", "footer", "aside", "form", "a");
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "span", "font", "strong", "b", "em", "i", "u");
    private static final Pattern HEADLINE = Pattern.compile("报告|年报");
    private static final Pattern PUBLISHED = Pattern.compile("(发布|成文|印发)(日期|时间)\\s*[:：]\\s*\\d{4}");
    private static final int MIN_PARAGRAPH = 20;

    private final Map<MarkupNode.Element, MarkupNode.Element> parents = new IdentityHashMap<>();
    private final Map<MarkupNode.Element, Double> scores = new IdentityHashMap<>();

    /** The part of the page to render: headline, publication line and the article body. */
    static MarkupNode.Element select(MarkupNode.Element root) {
        return new MainContent().pick(root);
    }

    private MarkupNode.Element pick(MarkupNode.Element root) {
        score(root, false);
        MarkupNode.Element best = null;
        double bestScore = 0;
        for (Map.Entry<MarkupNode.Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            if (s > bestScore) {
                bestScore = s;
                best = e.getKey();
            }
        }
        if (best == null) return root;
        List<MarkupNode> kept = new ArrayList<>();
        MarkupNode.Element headline = find(root, best, true);
        if (headline != null) kept.add(headline);
        MarkupNode.Element published = find(root, best, false);
        if (published != null && published != headline) kept.add(published);
        kept.add(best);
        return new MarkupNode.Element("div", Map.of(), kept);
    }

    /** Walks the tree, recording parents and crediting each paragraph's container. */
    private void score(MarkupNode.Element element, boolean inBoilerplate) {
        boolean skip = inBoilerplate || NEVER_CONTENT.contains(element.name());
        for (MarkupNode child : element.children()) {
            if (child instanceof MarkupNode.Element e) {
                parents.put(e, element);
                score(e, skip);
            } else if (!skip && child instanceof MarkupNode.Text t) {
                credit(element, t.value());
            }
        }
    }

    private void credit(MarkupNode.Element holder, String text) {
        int length = visibleLength(text);
        if (length < MIN_PARAGRAPH) return;
        int commas = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '，' || text.charAt(i) == '。') commas++;
        double points = 1 + Math.min(length / 100.0, 3) + commas;
        MarkupNode.Element container = holder;
        while (PARAGRAPHS.contains(container.name()) && parents.containsKey(container)) container = parents.get(container);
        scores.merge(container, points, Double::sum);
        MarkupNode.Element grand = parents.get(container);
        if (grand != null) scores.merge(grand, points / 2, Double::sum);
    }

    private static double linkDensity(MarkupNode.Element element) {
        int[] counts = new int[2];
        countText(element, false, counts);
        return counts[0] == 0 ? 1 : (double) counts[1] / counts[0];
    }

    private static void countText(MarkupNode.Element element, boolean inLink, int[] counts) {
        boolean link = inLink || element.name().equals("a");
        for (MarkupNode child : element.children()) {
            if (child instanceof MarkupNode.Text t) {
                int n = visibleLength(t.value());
                counts[0] += n;
                if (link) counts[1] += n;
            } else if (child instanceof MarkupNode.Element e) {
                countText(e, link, counts);
            }
        }
    }

    /**
     * The first element outside the body that reads like the report's headline (a heading or
     * title-classed element naming a report) or its publication line (发布日期：2024…).
     */
    private MarkupNode.Element find(MarkupNode.Element element, MarkupNode.Element body, boolean headline) {
        if (element == body || NEVER_CONTENT.contains(element.name())) return null;
        String text = element.text().strip();
        if (headline) {
            boolean titled = element.name().matches("h[1-3]") || element.attribute("class").contains("title") || element.attribute("id").contains("title");
            if (titled && text.length() >= 6 && text.length() <= 120 && HEADLINE.matcher(text).find()) return element;
        } else if (text.length() <= 200 && PUBLISHED.matcher(text).find() && !contains(element, body)) {
            return element;
        }
        for (MarkupNode child : element.children()) {
            if (child instanceof MarkupNode.Element e) {
                MarkupNode.Element found = find(e, body, headline);
                if (found != null) return found;
            }
        }
        return null;
    }

    private static boolean contains(MarkupNode.Element outer, MarkupNode.Element inner) {
        if (outer == inner) return true;
        for (MarkupNode child : outer.children()) {
            if (child instanceof MarkupNode.Element e && contains(e, inner)) return true;
        }
        return false;
    }

    private static int visibleLength(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0') n++;
        }
        return n;
    }
}
