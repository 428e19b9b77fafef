package gongkai.diff;

import gongkai.ingest.TextNormaliser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentencesTest {

    private final Sentences sentences = new Sentences(new TextNormaliser());

    @Test
    void lineBreaksAndSpacesInsideASentenceDoNotCount() {
        assertEquals(sentences.of("2024年，我区主动发布各类政府信息2428条，公开政府常务会议7期。"),
                sentences.of("2024 年，我区主动发布各类政府信息 2428 条，公开政府常务会议 7\n期。"));
    }

    @Test
    void sentencesEndAtTheirFullStops() {
        assertEquals(List.of("一是加强培训；", "二是完善制度。", "三是"), sentences.of("一是加强培训；二是完善制度。\n三是"));
    }
}
