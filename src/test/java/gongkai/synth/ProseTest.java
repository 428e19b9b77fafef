package gongkai.synth;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ProseTest {

    /** Body paragraphs only: headings, tables and the fixed opening paragraph are boilerplate in real reports too. */
    @Test
    void sentencesRarelyRepeatAcrossReports() {
        List<String> sentences = new ArrayList<>();
        for (SynthReport r : Samples.make(5, 300)) {
            for (String line : r.text().split("\n")) {
                if (line.contains("\t") || line.length() < 60 || line.startsWith("本报告依据")) continue;
                for (String s : line.split("[。：]")) if (s.length() >= 20) sentences.add(s);
            }
        }
        double distinct = new HashSet<>(sentences).size() / (double) sentences.size();
        assertTrue(sentences.size() > 3000, "sentences: " + sentences.size());
        assertTrue(distinct > 0.85, "distinct sentence ratio: " + distinct);
    }

    @Test
    void everyReportHasTheSixPartsInOrder() {
        for (SynthReport r : Samples.make(6, 200)) {
            int at = -1;
            for (String h : List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                    "四、政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "六、其他需要报告的事项")) {
                int next = r.text().indexOf(h, at + 1);
                assertTrue(next > at, r.truth().id() + " lacks " + h);
                at = next;
            }
        }
    }

    @Test
    void namesTheAgencyAndTheYear() {
        for (SynthReport r : Samples.make(8, 200)) {
            assertTrue(r.text().contains(r.truth().agency()), r.truth().id());
            assertTrue(r.text().contains(r.truth().year() + "年") || r.text().contains(r.truth().year() + " 年"), r.truth().id());
        }
    }
}
