package gongkai.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

import java.util.Map;

/** The analyzers of the schema: smartcn (line by line) for ranking, single characters for recall. */
public final class Analyzers {

    private Analyzers() {
    }

    /** One analyzer for the whole document: each text field gets its own analysis. */
    public static Analyzer perField() {
        CjkCharAnalyzer chars = new CjkCharAnalyzer();
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
                Schema.TEXT, new SmartcnLineAnalyzer(),
                Schema.TEXT_CJK, chars,
                Schema.AGENCY_CJK, chars));
    }
}
