package gongkai.readme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the JSON a README shows with the JSON the program gives. The shown text may leave
 * things out with {@code …}: {@code […]} or {@code {…}} for any array or object, {@code "key":…} for
 * any value, {@code ,…} in an
 * object for "more fields", at the end of an array for "more elements", and {@code …} inside a
 * string for any characters. Everything else must be as shown: every number, string and boolean, and, where an
 * object or array does not end in {@code …}, its exact fields or length.
 */
final class ShownOutput {

    static final String MORE = "…";
    /** Fields whose value changes from run to run; only their presence is compared. */
    static final Set<String> VOLATILE = Set.of("tookMs");

    private static final ObjectMapper JSON = new ObjectMapper();

    private ShownOutput() {
    }

    /**
     * The shown text as JSON, each … outside a string made a marker: the element {@code "…"} in an
     * array, the field {@code "…": "…"} in an object.
     */
    static JsonNode parse(String shown) throws java.io.IOException {
        StringBuilder b = new StringBuilder(shown.length() + 32);
        java.util.ArrayDeque<Character> open = new java.util.ArrayDeque<>();
        boolean inString = false;
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (inString) {
                b.append(c);
                if (c == '\\' && i + 1 < shown.length()) b.append(shown.charAt(++i));
                else if (c == '"') inString = false;
                continue;
            }
            switch (c) {
                case '"' -> inString = true;
                case '[', '{' -> open.push(c);
                case ']', '}' -> open.poll();
                default -> { }
            }
            boolean field = open.peek() != null && open.peek() == '{' && !afterColon(b);
            if (c == '…') b.append(field ? "\"…\":\"…\"" : "\"…\"");
            else b.append(c);
        }
        return JSON.readTree(b.toString());
    }

    /** True when the last character written, white space aside, is a colon: a … there is a value. */
    private static boolean afterColon(StringBuilder b) {
        for (int i = b.length() - 1; i >= 0; i--) {
            if (!Character.isWhitespace(b.charAt(i))) return b.charAt(i) == ':';
        }
        return false;
    }

    /** Every way the real output differs from the shown one, as "path: what"; empty when they agree. */
    static List<String> differences(String shown, JsonNode real) throws java.io.IOException {
        List<String> out = new ArrayList<>();
        compare(parse(shown), real, "$", out);
        return out;
    }

    private static void compare(JsonNode shown, JsonNode real, String path, List<String> out) {
        if (shown.isTextual() && shown.asText().equals(MORE)) return;
        if (real == null || real.isMissingNode()) {
            out.add(path + ": shown, but not in the output");
            return;
        }
        if (shown.isObject()) {
            if (!real.isObject()) {
                out.add(path + ": shown as an object, is " + real.getNodeType());
                return;
            }
            boolean more = shown.has(MORE);
            for (Iterator<Map.Entry<String, JsonNode>> it = shown.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals(MORE)) continue;
                if (!real.has(e.getKey())) out.add(path + "." + e.getKey() + ": shown, but not in the output");
                else if (!VOLATILE.contains(e.getKey())) compare(e.getValue(), real.get(e.getKey()), path + "." + e.getKey(), out);
            }
            if (!more) {
                for (Iterator<String> it = real.fieldNames(); it.hasNext(); ) {
                    String k = it.next();
                    if (!shown.has(k)) out.add(path + "." + k + ": in the output (" + clip(real.get(k)) + "), not shown and no …");
                }
            }
        } else if (shown.isArray()) {
            if (!real.isArray()) {
                out.add(path + ": shown as an array, is " + real.getNodeType());
                return;
            }
            compareArray(shown, real, path, out);
        } else if (shown.isNumber()) {
            if (!real.isNumber()) out.add(path + ": shown " + shown + ", is " + clip(real));
            else {
                // Whole numbers exactly; a decimal (a score) to the digits a reader compares, 1 part in 10^5.
                double a = shown.asDouble(), b = real.asDouble();
                boolean whole = shown.isIntegralNumber() && real.isIntegralNumber();
                if (whole ? a != b : Math.abs(a - b) > 1e-5 * Math.max(1, Math.abs(a))) {
                    out.add(path + ": shown " + shown + ", is " + real);
                }
            }
        } else if (shown.isTextual() && shown.asText().contains(MORE)) {
            if (!real.isTextual() || !glob(shown.asText(), real.asText())) out.add(path + ": shown " + shown + ", is " + clip(real));
        } else if (!shown.equals(real)) {
            out.add(path + ": shown " + shown + ", is " + clip(real));
        }
    }

    /**
     * Elements in order; a … among them stands for any number of elements, so what follows it is
     * looked for further on. Without a … at its end, the array ends where the shown one does.
     */
    private static void compareArray(JsonNode shown, JsonNode real, String path, List<String> out) {
        int j = 0;
        boolean skipping = false;
        for (int i = 0; i < shown.size(); i++) {
            JsonNode s = shown.get(i);
            if (s.isTextual() && s.asText().equals(MORE)) {
                skipping = true;
                continue;
            }
            if (skipping) {
                int k = j;
                while (k < real.size() && !agrees(s, real.get(k))) k++;
                if (k == real.size()) {
                    out.add(path + "[" + i + "]: shown after …, not found in the output: " + clip(s));
                    return;
                }
                j = k + 1;
                skipping = false;
            } else if (j >= real.size()) {
                out.add(path + ": " + (i + 1) + " or more elements shown, the output has " + real.size());
                return;
            } else {
                compare(s, real.get(j), path + "[" + j + "]", out);
                j++;
            }
        }
        if (!skipping && j != real.size()) out.add(path + ": " + j + " elements shown, the output has " + real.size());
    }

    private static boolean agrees(JsonNode shown, JsonNode real) {
        List<String> d = new ArrayList<>();
        compare(shown, real, "", d);
        return d.isEmpty();
    }

    /** True when {@code text} is {@code pattern} with each … standing for any characters. */
    static boolean glob(String pattern, String text) {
        String[] parts = pattern.split(MORE, -1);
        if (!text.startsWith(parts[0])) return false;
        int at = parts[0].length();
        for (int i = 1; i < parts.length - 1; i++) {
            int found = text.indexOf(parts[i], at);
            if (found < 0) return false;
            at = found + parts[i].length();
        }
        String last = parts[parts.length - 1];
        return text.length() - last.length() >= at && text.endsWith(last);
    }

    private static String clip(JsonNode n) {
        String s = String.valueOf(n);
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
