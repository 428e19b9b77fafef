package gongkai.search;

import gongkai.report.Template;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static gongkai.search.TestIndex.check;
import static gongkai.search.TestIndex.figures;
import static gongkai.search.TestIndex.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each construct of the query language finds, on five small reports a..e. */
class QueryLanguageTest {

    @TempDir
    static Path dir;
    static TestIndex.Opened index;
    static final QueryLanguage LANGUAGE = new QueryLanguage(TestIndex.CATALOG);

    @BeforeAll
    static void index() throws IOException {
        index = TestIndex.open(dir, List.of(
                TestIndex.withRegion(report("a", "丽水市统计局", 2020, "浙江省", "市级", Template.T2019,
                        figures("penalty.decisions", 10, "apply.new.total", 5), List.of(check("apply.balance.total", true)),
                        "开展第七次人口普查工作。依法公开统计数据。"), "浙江省丽水市", "331100", "丽统〔2021〕1号"),
                report("b", "平湖市统计局", 2021, "浙江省", "县级", Template.T2021,
                        figures("penalty.decisions", 5, "apply.new.total", 0, "fees.amount_wan", "2.5"),
                        List.of(check("apply.balance.total", false), check("apply.columns.new", true)),
                        "人口抽样调查和经济普查。"),
                report("c", "洛阳市统计局", 2020, "河南省", "市级", Template.T2019,
                        figures("penalty.decisions", 20, "apply.new.total", 12), List.of(check("apply.balance.total", true)),
                        "统计执法检查，行政处罚。"),
                report("d", "宜春市统计局", 2019, "江西省", "市级", null, figures(), List.of(),
                        "政府信息公开工作。"),
                report("e", "鲤城区统计局", 2020, "福建省", "县级", Template.T2019,
                        figures("penalty.decisions", 0, "fees.amount_wan", "12.75"), List.of(check("apply.balance.total", true)),
                        "人口普查。GDP 增长")));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    /** The ids (a..e) the query finds, sorted. */
    static Set<String> find(String query) throws IOException {
        return index.ids(query).stream().map(id -> id.substring(0, 1)).collect(Collectors.toCollection(TreeSet::new));
    }

    static QueryException error(String query) {
        return assertThrows(QueryException.class, () -> LANGUAGE.parse(query));
    }

    @Test void wordsAreAndedByDefault() throws IOException { assertEquals(Set.of("c"), find("统计 执法")); }
    @Test void explicitAndIsTheSameAsSpace() throws IOException { assertEquals(Set.of("c"), find("统计 AND 执法")); }
    @Test void unquotedWordAlsoFindsItsWordsApart() throws IOException { assertEquals(Set.of("a", "b", "e"), find("人口普查")); }
    @Test void asciiQuotesMakeAnExactPhrase() throws IOException { assertEquals(Set.of("a", "e"), find("\"人口普查\"")); }
    @Test void curlyQuotesMakeAnExactPhrase() throws IOException { assertEquals(Set.of("a", "e"), find("“人口普查”")); }
    @Test void cornerBracketsMakeAnExactPhrase() throws IOException { assertEquals(Set.of("a", "e"), find("「人口普查」")); }
    @Test void whiteCornerBracketsMakeAnExactPhrase() throws IOException { assertEquals(Set.of("a", "e"), find("『人口普查』")); }
    @Test void phraseDoesNotJoinAcrossPunctuation() throws IOException { assertEquals(Set.of(), find("\"检查行政\"")); }
    @Test void latinWordsMatchIgnoringCase() throws IOException { assertEquals(Set.of("e"), find("gdp")); }
    @Test void orFindsEither() throws IOException { assertEquals(Set.of("b", "c"), find("执法 OR 抽样")); }
    @Test void notExcludes() throws IOException { assertEquals(Set.of("a", "e"), find("人口 NOT 抽样")); }
    @Test void minusExcludes() throws IOException { assertEquals(Set.of("a", "e"), find("人口 -抽样")); }
    @Test void notAloneExcludesFromEverything() throws IOException { assertEquals(Set.of("c", "d"), find("NOT 人口")); }
    @Test void parenthesesGroup() throws IOException { assertEquals(Set.of("b"), find("(执法 OR 抽样) 人口")); }
    @Test void minusBeforeParenthesesExcludesTheGroup() throws IOException { assertEquals(Set.of("d"), find("-(人口 OR 执法)")); }
    @Test void fullWidthParenthesesGroup() throws IOException { assertEquals(Set.of("b"), find("（执法 OR 抽样） 人口")); }
    @Test void blankQueryMatchesEverything() throws IOException { assertEquals(Set.of("a", "b", "c", "d", "e"), find("  ")); }

    @Test void agencyMatchesASubstring() throws IOException { assertEquals(Set.of("a"), find("agency:丽水")); }
    @Test void agencyTakesAQuotedValue() throws IOException { assertEquals(Set.of("b"), find("agency:\"平湖市\"")); }
    @Test void fullWidthColonNamesAField() throws IOException { assertEquals(Set.of("a"), find("agency：丽水")); }
    @Test void yearExact() throws IOException { assertEquals(Set.of("a", "c", "e"), find("year:2020")); }
    @Test void yearInclusiveRange() throws IOException { assertEquals(Set.of("a", "c", "d", "e"), find("year:[2019 TO 2020]")); }
    @Test void yearExclusiveRange() throws IOException { assertEquals(Set.of("a", "c", "e"), find("year:{2019 TO 2021}")); }
    @Test void yearOpenRange() throws IOException { assertEquals(Set.of("b"), find("year:[2021 TO *]")); }
    @Test void yearAtLeast() throws IOException { assertEquals(Set.of("a", "b", "c", "e"), find("year:>=2020")); }
    @Test void yearBelow() throws IOException { assertEquals(Set.of("d"), find("year:<2020")); }
    @Test void provinceExact() throws IOException { assertEquals(Set.of("a", "b"), find("province:浙江省")); }
    @Test void provinceWithoutSuffix() throws IOException { assertEquals(Set.of("a", "b"), find("province:浙江")); }
    @Test void levelExact() throws IOException { assertEquals(Set.of("b", "e"), find("level:县级")); }
    @Test void levelWithoutSuffix() throws IOException { assertEquals(Set.of("b", "e"), find("level:县")); }
    @Test void template() throws IOException { assertEquals(Set.of("b"), find("template:2021")); }
    @Test void regionMatchesASubstring() throws IOException { assertEquals(Set.of("a"), find("region:丽水")); }
    @Test void regionByCodePrefix() throws IOException { assertEquals(Set.of("a"), find("region:3311")); }
    @Test void docNoMatchesASubstring() throws IOException { assertEquals(Set.of("a"), find("doc_no:丽统")); }
    @Test void fieldCombinesWithWords() throws IOException { assertEquals(Set.of("e"), find("人口普查 province:福建")); }
    @Test void negatedField() throws IOException { assertEquals(Set.of("c", "d"), find("-province:浙江 -level:县级")); }

    @Test void figureAtLeast() throws IOException { assertEquals(Set.of("a", "c"), find("penalty.decisions:>=10")); }
    @Test void figureAbove() throws IOException { assertEquals(Set.of("c"), find("penalty.decisions:>10")); }
    @Test void figureAtMost() throws IOException { assertEquals(Set.of("a", "b", "e"), find("penalty.decisions:<=10")); }
    @Test void figureBelowNeverMatchesAMissingValue() throws IOException { assertEquals(Set.of("b", "e"), find("penalty.decisions:<10")); }
    @Test void figureEquals() throws IOException { assertEquals(Set.of("a"), find("penalty.decisions:=10")); }
    @Test void figureBareValue() throws IOException { assertEquals(Set.of("e"), find("penalty.decisions:0")); }
    @Test void figureInclusiveRange() throws IOException { assertEquals(Set.of("a", "b", "c"), find("penalty.decisions:[5 TO 20]")); }
    @Test void figureExclusiveRange() throws IOException { assertEquals(Set.of("a"), find("penalty.decisions:{5 TO 20}")); }
    @Test void figureRangeInclusiveBelowExclusiveAbove() throws IOException { assertEquals(Set.of("a", "b"), find("penalty.decisions:[5 TO 20}")); }
    @Test void figureRangeExclusiveBelowInclusiveAbove() throws IOException { assertEquals(Set.of("a", "c"), find("penalty.decisions:{5 TO 20]")); }
    @Test void figureByChineseAlias() throws IOException { assertEquals(Set.of("a", "c"), find("行政处罚:>=10")); }
    @Test void figureAboveZero() throws IOException { assertEquals(Set.of("a", "c"), find("apply.new.total:>0")); }
    @Test void countWithDecimalBoundRoundsInward() throws IOException { assertEquals(Set.of("a", "c"), find("penalty.decisions:>9.5")); }
    @Test void amountAboveIsExclusive() throws IOException { assertEquals(Set.of("e"), find("fees.amount_wan:>2.5")); }
    @Test void amountExact() throws IOException { assertEquals(Set.of("b"), find("fees.amount_wan:2.5")); }
    @Test void negatedFigureMatchesReportsWithoutIt() throws IOException { assertEquals(Set.of("d"), find("-penalty.decisions:>=0")); }

    @Test void checkFailed() throws IOException { assertEquals(Set.of("b"), find("check:failed")); }
    @Test void checkOk() throws IOException { assertEquals(Set.of("a", "c", "e"), find("check:ok")); }
    @Test void checkNone() throws IOException { assertEquals(Set.of("d"), find("check:none")); }
    @Test void checkFailedByRule() throws IOException { assertEquals(Set.of("b"), find("check_failed:apply.balance.total")); }
    @Test void checkFailedByRuleThatPassed() throws IOException { assertEquals(Set.of(), find("check_failed:apply.columns.new")); }

    @Test void marksAreTheSoughtWordsNotTheExcludedOnes() {
        assertEquals(List.of("人口普查", "统计"), LANGUAGE.parse("“人口普查” 统计 -执法 NOT (抽样)").marks());
    }

    @Test
    void unbalancedQuoteSaysWhere() {
        QueryException e = error("人口 \"普查");
        assertEquals(3, e.position());
        assertTrue(e.getMessage().contains("第 4 个字符") && e.getMessage().contains("unbalanced quote"), e.getMessage());
    }

    @Test void unbalancedCornerQuoteSaysWhere() { assertEquals(0, error("「人口普查").position()); }
    @Test void strayClosingQuote() { assertEquals(2, error("人口」").position()); }
    @Test void unclosedParenthesis() {
        QueryException e = error("(人口 普查");
        assertEquals(0, e.position());
        assertTrue(e.getMessage().contains("unbalanced parenthesis"), e.getMessage());
    }
    @Test void strayClosingParenthesis() { assertEquals(2, error("人口) 普查").position()); }
    @Test void emptyParentheses() { assertEquals(1, error("()").position()); }
    @Test void unclosedRangeBracket() {
        QueryException e = error("year:[2019 TO 2021");
        assertEquals(5, e.position());
        assertTrue(e.getMessage().contains("unbalanced bracket"), e.getMessage());
    }
    @Test void bracketOutsideARange() { assertEquals(2, error("人口[普查]").position()); }
    @Test void unknownField() {
        QueryException e = error("人口 foo:1");
        assertEquals(3, e.position());
        assertTrue(e.getMessage().contains("未知字段 foo") && e.getMessage().contains("unknown field foo"), e.getMessage());
    }
    @Test void nonNumberAfterComparison() {
        QueryException e = error("year:>=abc");
        assertEquals(7, e.position());
        assertTrue(e.getMessage().contains("needs a number"), e.getMessage());
    }
    @Test void nonNumberInRange() { assertEquals(24, error("penalty.decisions:[5 TO x]").position()); }
    @Test void rangeWithoutTo() { assertEquals(18, error("penalty.decisions:[5 20]").position()); }
    @Test void rangeUpsideDown() {
        QueryException e = error("year:[2021 TO 2019]");
        assertEquals(6, e.position());
        assertTrue(e.getMessage().contains("lower bound"), e.getMessage());
    }
    @Test void missingValue() { assertEquals(0, error("year: 2020").position()); }
    @Test void badCheckValue() { assertEquals(6, error("check:maybe").position()); }
    @Test void orWithNothingAfter() { assertEquals(3, error("人口 OR").position()); }
    @Test void orWithNothingBefore() { assertEquals(0, error("OR 人口").position()); }
    @Test void loneMinus() { assertEquals(3, error("人口 - 普查").position()); }
    @Test void emptyQuotedPhrase() { assertEquals(0, error("\"，\"").position()); }
    @Test void tooLong() { assertTrue(error("统".repeat(SearchLimits.DEFAULTS.maxQueryLength() + 1)).getMessage().contains("too long")); }
    @Test void tooManyClauses() { assertTrue(error("统计 ".repeat(SearchLimits.DEFAULTS.maxClauses() + 1)).getMessage().contains("too many")); }
}
