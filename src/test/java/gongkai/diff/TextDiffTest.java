package gongkai.diff;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextDiffTest {

    private final TextDiff diff = new TextDiff();

    @Test
    void equalSentencesHaveNoChange() {
        assertEquals(List.of(), diff.sentences(List.of("甲。", "乙。"), List.of("甲。", "乙。")));
    }

    @Test
    void aReplacedSentenceMarksItsChangedCharacters() {
        List<TextDiff.Change> changes = diff.sentences(List.of("甲。", "受理申请21件。"), List.of("甲。", "受理申请95件。", "丙。"));
        assertEquals(2, changes.size());
        assertEquals(TextDiff.Kind.CHANGED, changes.get(0).kind());
        assertEquals(List.of(new TextDiff.Segment("same", "受理申请"), new TextDiff.Segment("deleted", "21"),
                new TextDiff.Segment("inserted", "95"), new TextDiff.Segment("same", "件。")), changes.get(0).segments());
        assertEquals(new TextDiff.Change(TextDiff.Kind.ADDED, null, "丙。", List.of()), changes.get(1));
    }

    @Test
    void aDroppedSentenceIsRemoved() {
        assertEquals(List.of(new TextDiff.Change(TextDiff.Kind.REMOVED, "乙。", null, List.of())),
                diff.sentences(List.of("甲。", "乙。", "丙。"), List.of("甲。", "丙。")));
    }
}
