package gongkai.readme;

import java.util.ArrayList;
import java.util.List;

/**
 * The command examples of a Markdown README: every {@code ./gongkai …} and {@code curl …} line of
 * a fenced or indented code block, with the output the README shows for it — a fenced
 * {@code json} block that directly follows a block holding that one command.
 */
final class ReadmeExamples {

    /**
     * One example.
     *
     * @param line    the line of the README it is on (1-based)
     * @param command the command as written, its trailing {@code # comment} removed
     * @param shown   the output the README shows for it, or null when it shows none
     */
    record Example(int line, String command, String shown) {
        boolean isCurl() {
            return command.startsWith("curl ");
        }

        @Override
        public String toString() {
            return "README.md:" + line + ": " + command;
        }
    }

    private ReadmeExamples() {
    }

    static List<Example> parse(String markdown) {
        String[] lines = markdown.split("\n", -1);
        List<Example> out = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            String l = lines[i];
            if (l.startsWith("```")) {
                int end = closing(lines, i);
                List<Example> inBlock = new ArrayList<>();
                for (int j = i + 1; j < end; j++) {
                    String cmd = command(lines[j]);
                    if (cmd != null) inBlock.add(new Example(j + 1, cmd, null));
                }
                int next = end + 1;
                while (next < lines.length && lines[next].isBlank()) next++;
                if (inBlock.size() == 1 && next < lines.length && lines[next].startsWith("```json")) {
                    int jsonEnd = closing(lines, next);
                    String shown = String.join("\n", java.util.Arrays.asList(lines).subList(next + 1, jsonEnd));
                    Example only = inBlock.get(0);
                    inBlock.set(0, new Example(only.line(), only.command(), shown));
                    end = jsonEnd;
                }
                out.addAll(inBlock);
                i = end + 1;
            } else {
                if (l.startsWith("    ")) {
                    String cmd = command(l);
                    if (cmd != null) out.add(new Example(i + 1, cmd, null));
                }
                i++;
            }
        }
        return out;
    }

    private static int closing(String[] lines, int open) {
        for (int j = open + 1; j < lines.length; j++) if (lines[j].startsWith("```")) return j;
        return lines.length;
    }

    /** The command on a line, without its trailing comment; null for a line that is not an example. */
    private static String command(String line) {
        String s = line.strip();
        if (!s.startsWith("./gongkai ") && !s.startsWith("curl ")) return null;
        return stripComment(s);
    }

    /** Drops a {@code #} comment that stands outside quotes after white space. */
    static String stripComment(String s) {
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#' && i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
                return s.substring(0, i).strip();
            }
        }
        return s.strip();
    }

    /** Splits a command line as a POSIX shell would for these examples: white space, single and double quotes. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                else w.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) words.add(w.toString());
                w.setLength(0);
                inWord = false;
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) words.add(w.toString());
        return words;
    }
}
