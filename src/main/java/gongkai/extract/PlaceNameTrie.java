package gongkai.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Place names by character, so that the longest name starting at a position is found in time
 * proportional to its length instead of by trying every name.
 */
final class PlaceNameTrie {

    /** What a matched name stands for: full names outrank short forms of other places. */
    record Entry(Division division, boolean fullName) {
    }

    record Match(int end, List<Entry> entries) {
    }

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        final List<Entry> entries = new ArrayList<>(1);
    }

    private final Node root = new Node();

    void add(String name, Entry entry) {
        Node node = root;
        for (int i = 0; i < name.length(); i++) {
            node = node.next.computeIfAbsent(name.charAt(i), c -> new Node());
        }
        for (Entry e : node.entries) {
            if (e.division().equals(entry.division())) {
                return;
            }
        }
        node.entries.add(entry);
    }

    /** The longest name starting at {@code from}, or null. */
    Match longestAt(CharSequence text, int from) {
        Node node = root;
        Match best = null;
        for (int i = from; i < text.length(); i++) {
            node = node.next.get(text.charAt(i));
            if (node == null) {
                break;
            }
            if (!node.entries.isEmpty()) {
                best = new Match(i + 1, node.entries);
            }
        }
        return best;
    }
}
