package gongkai.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

import java.io.Reader;
import java.util.Map;

/**
 * The analyzers of the schema: smartcn (line by line) for ranking, single characters for
 * recall, both over the text folded to simplified characters ({@link SimplifiedScript}), with
 * offsets into the text as printed.
 */
public final class Analyzers {

    private Analyzers() {
    }

    /** One analyzer for the whole document: each text field gets its own analysis. */
    public static Analyzer perField() {
        return perField(SimplifiedScript.icu());
    }

    public static Analyzer perField(SimplifiedScript script) {
        Analyzer chars = simplified(new CjkCharAnalyzer(), script);
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
                Schema.TEXT, simplified(new SmartcnLineAnalyzer(), script),
                Schema.TEXT_CJK, chars,
                Schema.AGENCY_CJK, chars));
    }

    /** {@code analyzer} reading the text folded to simplified characters. */
    public static Analyzer simplified(Analyzer analyzer, SimplifiedScript script) {
        return new AnalyzerWrapper(analyzer.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return analyzer;
            }

            @Override
            protected Reader wrapReader(String fieldName, Reader reader) {
                return script.reader(reader);
            }
        };
    }
}
