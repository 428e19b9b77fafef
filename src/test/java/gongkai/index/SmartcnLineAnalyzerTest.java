package gongkai.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SmartcnLineAnalyzerTest {

    private final Analyzer smartcn = new SmartChineseAnalyzer();
    private final Analyzer lines = new SmartcnLineAnalyzer();

    @Test
    void textWithoutLineBreaksGetsSmartcnsTokens() throws IOException {
        String prose = "2020年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息127条。"
                + "全年共收到政府信息公开申请12件，均已按时答复。Apples and 3.5万元";
        assertEquals(tokens(smartcn, prose, 0), tokens(lines, prose, 0));
    }

    @Test
    void clausesCutAtDelimitersGiveTheWholeSentencesWords() throws IOException {
        String sentence = "我局主动公开规划计划、财政预决算、行政许可等信息；办理依申请公开事项：全年共收到申请十二件，"
                + "均已按时答复，无行政复议和行政诉讼。";
        // Twice: the second time every clause comes from what the first one remembered.
        assertEquals(tokens(smartcn, sentence + sentence, 0), tokens(lines, sentence + sentence, 0));
    }

    @Test
    void fullWidthLettersAndDigitsComeOutAsSmartcnGivesThem() throws IOException {
        String text = "第ＡＢＣ号文件共１２３页，Ｅｍａｉｌ：ＧＫ＠ｇｏｖ．ｃｎ";
        assertEquals(tokens(smartcn, text, 0), tokens(lines, text, 0));
    }

    @Test
    void eachLineGetsTheTokensItHasAlone() throws IOException {
        String title = "上海市应急管理局\n";
        String row = "1\t本年新收政府信息公开申请数量\t0\t0\t12\n";
        List<String> expected = new ArrayList<>(tokens(smartcn, title, 0));
        expected.addAll(tokens(smartcn, row, title.length()));
        assertEquals(expected, tokens(lines, title + row, 0));
    }

    @Test
    void aRecurringLineKeepsItsTokensAndTheirOffsets() throws IOException {
        String row = "行政复议\t结果维持\n";
        List<String> expected = new ArrayList<>(tokens(smartcn, row, 0));
        expected.addAll(tokens(smartcn, row, row.length()));
        assertEquals(expected, tokens(lines, row + row, 0));
        assertEquals(expected, tokens(lines, row + row, 0));
    }

    @Test
    void everyBundledReportLineByLine() throws Exception {
        ReportReader reader = ReportReader.standard();
        int reports = 0;
        for (String folder : List.of("samples/seeds", "samples/real")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path file : files.sorted().toList()) {
                    String text = reader.read(file).text(); // the search text, as the index analyses it
                    List<String> expected = new ArrayList<>();
                    int at = 0;
                    for (String line : text.split("(?<=\n)")) {
                        expected.addAll(tokens(smartcn, line, at));
                        at += line.length();
                    }
                    assertEquals(expected, tokens(lines, text, 0), file.toString());
                    reports++;
                }
            }
        }
        assertEquals(31, reports);
    }

    /** term@start-end of every token, offsets shifted by {@code shift}. */
    private static List<String> tokens(Analyzer a, String text, int shift) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(Schema.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term + "@" + (off.startOffset() + shift) + "-" + (off.endOffset() + shift));
            ts.end();
        }
        return out;
    }
}
