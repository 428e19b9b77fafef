package gongkai.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares two lists of sentences (Myers' diff, from java-diff-utils) and, inside a sentence
 * that changed, its characters. A block where sentences were replaced pairs them in order:
 * the first removed with the first added and so on, the rest left as removed or added.
 * Stateless and thread-safe.
 */
public final class TextDiff {

    /** What happened to a sentence. */
    public enum Kind { ADDED, REMOVED, CHANGED }

    /** A run of characters inside a changed sentence: kept, deleted from the old or inserted in the new. */
    public record Segment(String op, String text) {
        public static final String SAME = "same", DELETED = "deleted", INSERTED = "inserted";
    }

    /**
     * One difference. {@code from}/{@code to} are the old and new sentence (null when added or
     * removed); {@code segments} mark the changed characters of a changed sentence.
     */
    public record Change(Kind kind, String from, String to, List<Segment> segments) {
    }

    /** The changes from {@code before} to {@code after}, in reading order; empty when they are equal. */
    public List<Change> sentences(List<String> before, List<String> after) {
        List<Change> out = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(before, after).getDeltas()) {
            List<String> removed = d.getSource().getLines(), added = d.getTarget().getLines();
            if (d.getType() == DeltaType.CHANGE) {
                int paired = Math.min(removed.size(), added.size());
                for (int i = 0; i < paired; i++) out.add(new Change(Kind.CHANGED, removed.get(i), added.get(i), characters(removed.get(i), added.get(i))));
                for (int i = paired; i < removed.size(); i++) out.add(new Change(Kind.REMOVED, removed.get(i), null, List.of()));
                for (int i = paired; i < added.size(); i++) out.add(new Change(Kind.ADDED, null, added.get(i), List.of()));
            } else if (d.getType() == DeltaType.DELETE) {
                for (String s : removed) out.add(new Change(Kind.REMOVED, s, null, List.of()));
            } else if (d.getType() == DeltaType.INSERT) {
                for (String s : added) out.add(new Change(Kind.ADDED, null, s, List.of()));
            }
        }
        return out;
    }

    /** The characters of {@code before} and {@code after} as runs kept, deleted and inserted. */
    public List<Segment> characters(String before, String after) {
        List<String> a = codePoints(before), b = codePoints(after);
        List<Segment> out = new ArrayList<>();
        int i = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            int at = d.getSource().getPosition();
            if (at > i) add(out, Segment.SAME, String.join("", a.subList(i, at)));
            add(out, Segment.DELETED, String.join("", d.getSource().getLines()));
            add(out, Segment.INSERTED, String.join("", d.getTarget().getLines()));
            i = at + d.getSource().size();
        }
        if (i < a.size()) add(out, Segment.SAME, String.join("", a.subList(i, a.size())));
        return out;
    }

    private static void add(List<Segment> out, String op, String text) {
        if (text.isEmpty()) return;
        if (!out.isEmpty() && out.getLast().op().equals(op)) {
            out.set(out.size() - 1, new Segment(op, out.getLast().text() + text));
        } else {
            out.add(new Segment(op, text));
        }
    }

    private static List<String> codePoints(String s) {
        return s.codePoints().mapToObj(Character::toString).toList();
    }
}
