package gongkai.extract;

import gongkai.ingest.TextNormaliser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a report's prose states that one table key holds with certainty:
 * 全年共收到政府信息公开申请18件 is {@code apply.new.total} = 18. Each phrasing is a pattern
 * tied to one key; a sentence that could mean another figure (同比, 较上年, 累计, 其中, a count of
 * 咨询 rather than 申请, 办理 that may be received or answered, 行政诉讼 that is two keys) is not read,
 * since a prose figure tied to the wrong key would report a contradiction that is not there.
 *
 * <p>Thread-safe and immutable.
 */
public final class ProseFigures {

    /** One figure the prose states. */
    public record Claim(String key, BigDecimal value, String sentence) {
    }

    /** The keys prose is read for, in catalog order: each is checked as rule {@code text.<key>}. */
    public static final List<String> KEYS = List.of("penalty.decisions", "apply.new.total", "apply.carried_in.total",
            "apply.total.total", "apply.carried_out.total", "review.total");

    public static final String RULE_PREFIX = "text.";

    /** Every rule a report's prose can be checked by: {@code text.apply.new.total} and the like. */
    public static List<String> rules() {
        return KEYS.stream().map(k -> RULE_PREFIX + k).toList();
    }

    /** A sentence longer than this is quoted as the part around its figure. */
    static final int MAX_QUOTE = 240;

    // A count: ASCII digits (thousands separated or not) or Chinese numerals; never a decimal,
    // an ordinal (第三件) or a part of a longer number.
    // (the part before it is checked by hand, see NUMBER_BEFORE: a look-behind here would run at
    // every character of every sentence)
    private static final String NUM = "(?<n>\\d{1,3}(?:,\\d{3})+|\\d+|[零〇一二两三四五六七八九十百千万]+)(?![\\d.])";
    /** Units of a count of applications, and of cases. No 件次 (person-times) and no 多/余 (about). */
    private static final String APPLY_UNIT = "\\s*(?:件|条|个)(?!次|以上|左右|之多)";
    private static final String CASE_UNIT = "\\s*(?:件|起|宗|个)(?!次|以上|左右|之多)";
    private static final String QUANT = "(?:共计|共|总计|合计|总数|数量|数)?(?:为|是|达到|达|有)?\\s*[:：]?\\s*";
    private static final String APPLICATION = "(?:政府信息公开|信息公开|依)?申请(?:公开)?(?:信息)?";
    /** What may not stand right before a count: it would be the tail of a longer number or an ordinal. */
    private static final String NUMBER_BEFORE = "0123456789.,第零〇一二两三四五六七八九十百千万";
    /** A verb neither negated (未受理) nor yet to happen (待答复). */
    private static final Pattern NEGATED = Pattern.compile("[未不没无待]$");

    /** Words that make the figure something else than the pattern's key, or an estimate of it. */
    private static final Pattern HEDGE = Pattern.compile(
            "其中|同比|环比|较上一?年|较去年|比上一?年|比去年|与上一?年|与去年|上年同期|去年同期|累计|历年|增长|增加|减少|下降|上升|回落|约|近|超过|逾");
    /** Things other than information requests that prose counts with the same verbs. */
    private static final Pattern OTHER_MATTERS = Pattern.compile(
            "咨询|信访|举报|投诉|建议|提案|留言|来信|信件|诉求|热线|复议|诉讼");
    /** Verbs of the other stages of a request, which a gap in a received-count must not hold. */
    private static final Pattern OTHER_STAGES = Pattern.compile(
            "办理|答复|办结|结转|顺延|处理|不予|予以|部分|无法|其他|并");
    /** Words that make a received count a part of it: one channel (信函申请1条) or one kind of applicant. */
    private static final Pattern SUBSET = Pattern.compile(
            "信函|当面|网上|网络|电子邮件|邮件|邮寄|传真|电话|现场|窗口|自然人|法人|企业|组织|机构|个人");
    private static final Pattern ALL_KINDS = Pattern.compile("各类|各种|全部|所有");
    /** A numbered heading (（二）依申请公开方面, 三、), whose words say what the sentences after it are about. */
    private static final Pattern HEADING = Pattern.compile("^\\s*(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])");

    /** What turns "no review" into "no review with this outcome" (未发生行政复议被纠错). */
    private static final Pattern OUTCOME = Pattern.compile("纠错|纠正|败诉|撤销|违法|被|维持|确认|逾期|审结|决定|结果");
    private static final Pattern DISCLOSURE = Pattern.compile("信息公开|申请公开|依申请");

    private enum Context { NONE, APPLICATION_BEFORE, DISCLOSURE_BEFORE }

    /**
     * One phrasing: a pattern whose group {@code n} is the figure (or none for a stated zero),
     * the gap group {@code g} (if any) that must not name another stage or matter, and the
     * words the sentence must have before the figure.
     */
    private record Phrase(String key, List<String> anchors, Pattern notAfter, Pattern pattern, Context context,
                          Pattern gapForbids, boolean zero) {
        Phrase(String key, List<String> anchors, Pattern notAfter, String regex, Context context, Pattern gapForbids) {
            this(key, anchors, notAfter, Pattern.compile(regex), context, gapForbids, false);
        }

        /** Whether what precedes the match (up to four characters) rules it out: 未受理, 较上年结转. */
        boolean ruledOutBefore(String sentence, int start) {
            return notAfter != null && notAfter.matcher(sentence.substring(Math.max(0, start - 4), start)).find();
        }

        /** Whether the sentence has a word the pattern cannot match without: most have none, and skip the pattern. */
        boolean mayMatch(String sentence) {
            for (String a : anchors) if (sentence.contains(a)) return true;
            return false;
        }
    }

    private static final List<String> RECEIVED = List.of("收到", "受理", "接收", "接到", "接受", "新收");
    private static final List<String> CARRIED = List.of("结转", "顺延", "转下", "转至", "转到", "转入");

    private static final List<Phrase> PHRASES = List.of(
            // 作出行政处罚决定12件: the decisions table 2 counts, not cases opened (立案) or published
            new Phrase("penalty.decisions", List.of("行政处罚决定"), null, "(?:作出|做出|下达)行政处罚决定(?:书)?" + QUANT + NUM + "\\s*(?:件|份|起|个)(?!次)",
                    Context.NONE, null),
            // 全年共收到政府信息公开申请18件 / 受理依申请公开信息0条, but not when the count includes
            // the year before's (收到申请20件（含上年结转3件）)
            new Phrase("apply.new.total", RECEIVED, NEGATED, "(?:收到|受理|接收|接到|接受|新收)了?(?<g>[^，,；;。！？!?（）()：:“”\\d]{0,20}?)"
                    + "(?<a>" + APPLICATION + ")" + QUANT + NUM + APPLY_UNIT + "(?!\\s*[（(]\\s*含)", Context.NONE, OTHER_STAGES),
            // 共收到70件申请
            new Phrase("apply.new.total", RECEIVED, NEGATED, "(?:收到|受理|接收|接到|接受|新收)了?(?:共计|共)?" + NUM + APPLY_UNIT
                    + "(?<a>(?:政府信息公开|信息公开|依申请公开)?申请)", Context.NONE, null),
            // 全年未收到政府信息公开申请
            new Phrase("apply.new.total", List.of("未收到", "未受理", "未接到", "未接收", "没有收到", "没有受理", "没有接到", "没有接收"), Pattern.compile("尚$"), Pattern.compile("(?:未|没有)(?:收到|受理|接到|接收)(?:任何)?(?:有关)?"
                    + "(?:政府信息公开|信息公开|依申请公开)?的?申请件?(?=\\s*(?:[，,。；;]|$))"), Context.NONE, null, true),
            // （含上年度结转申请18件）
            new Phrase("apply.carried_in.total", List.of("结转", "转结"), Pattern.compile("[较比与同]$"), "上一?年度?(?:结转|转结)(?:至本年度?|到本年度?|的)?"
                    + "(?:" + APPLICATION + ")?(?:共计|共|为|有)?\\s*" + NUM + APPLY_UNIT, Context.NONE, null),
            // 办结69件 / 答复政府信息公开申请805件, in a sentence about requests
            // (同意公开答复9件 and 转下一年度办理答复的 are outcomes and carried requests, not the total)
            new Phrase("apply.total.total", List.of("办结", "答复", "办理完结"), Pattern.compile("(?:[未不没无待]|公开|处理|提供|同意|办理|予以)$"), "(?:办结|答复|办理完结)(?<g>[^，,；;。！？!?（）()：:“”\"\\d]{0,6}?)"
                    + "(?:" + APPLICATION + ")?(?:件数)?" + QUANT + NUM + APPLY_UNIT, Context.APPLICATION_BEFORE,
                    Pattern.compile("中|予以|不予|无法|部分|其他|处理|结转|留言|咨询|建议|提案|信件|来信|诉求|投诉|举报")),
            // 1件结转下年度继续办理 / 另有72件申请按照《条例》顺延到下年度答复
            new Phrase("apply.carried_out.total", CARRIED, null, NUM + APPLY_UNIT + "(?:申请)?(?<g>[^，,；;。！？!?（）()：:\\d]{0,12}?)"
                    + "(?:结转|顺延|转)(?:至|到|入)?下一?年度?", Context.NONE,
                    Pattern.compile("收到|受理|接收|办结|答复|办理|并|和|及|已|均|中")),
            // 转下一年度办理答复的有1件
            new Phrase("apply.carried_out.total", CARRIED, NEGATED, "(?:结转|顺延|转)(?:至|到|入)?下一?年度?(?:继续)?(?:办理|答复|处理)*的?"
                    + "(?:" + APPLICATION + ")?(?:共计|共|为|有)?\\s*" + NUM + APPLY_UNIT, Context.NONE, null),
            // 结转至2026年6件: only when the year named is the one after the report's
            new Phrase("apply.carried_out.total", List.of("结转", "顺延"), NEGATED, "(?:结转|顺延)(?:至|到)(?<y>\\d{4})年度?(?:继续)?(?:办理|答复)?的?"
                    + "(?:" + APPLICATION + ")?(?:共计|共|为|有)?\\s*" + NUM + APPLY_UNIT, Context.NONE, null),
            // 政府信息公开行政复议351件 / 因政府信息公开引起的行政复议案件2件; not 行政诉讼、行政复议案件3件
            new Phrase("review.total", List.of("行政复议"), Pattern.compile("(?:[和及与或经]|(?<![件起宗个])、)$"), "行政复议(?:案件|申请)?"
                    + "(?:共计|共|总计|合计)?(?:为|有)?\\s*" + NUM + CASE_UNIT, Context.DISCLOSURE_BEFORE, null),
            // 有1件涉及政府信息公开工作的行政复议
            new Phrase("review.total", List.of("行政复议"), null, NUM + CASE_UNIT + "(?:涉及|因)(?<g>[^，,；;。！？!?\\d]{0,16}?)信息公开[^，,；;。！？!?、\\d]{0,10}?"
                    + "行政复议(?:案件|申请)?(?=\\s*(?:[，,。；;]|$))", Context.NONE, OUTCOME),
            // 没有发生因政府信息公开申请引发的行政复议、行政诉讼 / 无行政复议和诉讼发生
            new Phrase("review.total", List.of("行政复议"), Pattern.compile("尚$"), Pattern.compile("(?:未(?!经)|没有|无(?!法))(?:发生|收到|出现|产生|接到)?"
                    + "(?<g>[^，,；;。！？!?\\d]{0,24}?)行政复议(?:案件|申请)?(?<t>[^，,；;。！？!?\\d]*)"),
                    Context.DISCLOSURE_BEFORE, OUTCOME, true));


    private final TextNormaliser normaliser;

    public ProseFigures(TextNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    /**
     * The figures the prose of {@code text} states, in the order of the text.
     *
     * @param text   the report's text as read (not yet normalised), whose line breaks end sentences
     * @param format the input format: in PDF and Markdown text a line break is a wrap inside a
     *               sentence, elsewhere it ends a paragraph
     * @param year   the reporting year, or null; a year a sentence names is checked against it
     */
    public List<Claim> read(String text, String format, Integer year) {
        boolean wrapped = "pdf".equals(format) || "md".equals(format);
        Set<Claim> claims = new LinkedHashSet<>();
        boolean requestsHeading = false;
        for (String raw : sentences(text, wrapped)) {
            // most sentences name none of the words a phrasing needs: not normalised at all
            if (!mayHoldFigure(raw) && !isHeading(raw)) continue;
            String sentence = joinLines(normaliser.forSearch(raw));
            Matcher h = HEADING.matcher(sentence);
            if (h.lookingAt()) {
                String words = sentence.substring(h.end(), Math.min(sentence.length(), h.end() + 16));
                requestsHeading = words.contains("申请");
            }
            if (sentence.isEmpty() || !mayHoldFigure(sentence)) continue;
            for (Phrase p : PHRASES) {
                if (!p.mayMatch(sentence)) continue;
                Matcher m = p.pattern().matcher(sentence);
                while (m.find()) {
                    if (p.ruledOutBefore(sentence, m.start())) continue;
                    BigDecimal value = value(p, m, year, sentence, requestsHeading);
                    if (value != null) claims.add(new Claim(p.key(), value, quote(sentence, m.start(), m.end())));
                }
            }
        }
        return List.copyOf(claims);
    }

    /**
     * The sentence stripped, each run of white space holding a line break removed (a wrap:
     * 351\n件 is 351件) and every other run one space.
     */
    static String joinLines(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
                i++;
                continue;
            }
            boolean wrap = false;
            int j = i;
            while (j < n && Character.isWhitespace(s.charAt(j))) wrap |= s.charAt(j++) == '\n';
            if (!wrap && i > 0 && j < n) out.append(' ');
            i = j;
        }
        return out.toString();
    }

    /** The phrase's figure at this match, or null when the match is not certain. */
    private static BigDecimal value(Phrase p, Matcher m, Integer year, String sentence, boolean requestsHeading) {
        String before = sentence.substring(0, m.start());
        String upToFigure = before + sentence.substring(m.start(), p.zero() ? m.end() : m.start("n"));
        if (HEDGE.matcher(upToFigure).find()) return null;
        String gap = group(m, "g");
        if (gap != null && p.gapForbids() != null && p.gapForbids().matcher(gap).find()) return null;
        if (gap != null && p.key().equals("apply.new.total")) {
            if (OTHER_MATTERS.matcher(gap).find()) return null;
            if (SUBSET.matcher(gap).find() && !ALL_KINDS.matcher(gap).find()) return null;
        }
        // a bare 申请 (共受理申请136437件) is an information request only under a heading about them:
        // windows of the government service centre take 申请 too
        String noun = group(m, "a");
        if (noun != null && !requestsHeading && !(noun + (gap == null ? "" : gap)).matches(".*(?:信息公开|依).*")) return null;
        String tail = group(m, "t");
        if (tail != null && OUTCOME.matcher(tail).find()) return null;
        switch (p.context()) {
            case APPLICATION_BEFORE -> {
                String scope = sentence.substring(0, m.end());
                if (!scope.contains("申请") || OTHER_MATTERS.matcher(before).find()) return null;
            }
            case DISCLOSURE_BEFORE -> {
                if (!DISCLOSURE.matcher(p.zero() ? sentence : before).find()) return null;
            }
            case NONE -> { }
        }
        String y = group(m, "y");
        if (y != null && (year == null || Integer.parseInt(y) != year + 1)) return null;
        if (p.zero()) return BigDecimal.ZERO;
        String n = m.group("n");
        if (m.start("n") > 0 && NUMBER_BEFORE.indexOf(sentence.charAt(m.start("n") - 1)) >= 0) return null;
        if (Character.isDigit(n.charAt(0))) return new BigDecimal(n.replace(",", ""));
        OptionalLong v = ChineseCount.parse(n);
        return v.isPresent() ? BigDecimal.valueOf(v.getAsLong()) : null;
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    /**
     * A cheap test before the patterns: every phrasing has one of these characters, of 申请
     * (which a count of answered requests needs in its sentence too), 结转/转下, 顺延, 复议 and
     * 处罚; one character of each, so that a PDF's 申 请 split by a space or a line still passes.
     */
    private static boolean mayHoldFigure(String s) {
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '申', '转', '延', '复', '罚' -> { return true; }
                default -> { }
            }
        }
        return false;
    }

    private static boolean isHeading(String raw) {
        int i = 0;
        while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) i++;
        if (i == raw.length()) return false;
        char c = raw.charAt(i);
        // only a bracket or a Chinese numeral can open a heading: the pattern runs on those alone
        return (c == '（' || c == '(' || "一二三四五六七八九十".indexOf(c) >= 0) && HEADING.matcher(raw).lookingAt();
    }

    /**
     * The text cut after each 。！？；(and their ASCII forms) and at line breaks: every one, or
     * in wrapped text only at a blank line. A loop rather than a pattern: a character class of
     * Chinese punctuation is tested as a chain of predicates, at every character of every report.
     */
    static List<String> sentences(String text, boolean wrapped) {
        List<String> out = new ArrayList<>();
        int from = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = switch (c) {
                case '。', '！', '？', '!', '?', '；', ';' -> true;
                case '\n' -> !wrapped || blankLineFollows(text, i + 1);
                default -> false;
            };
            if (end) {
                out.add(text.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < n) out.add(text.substring(from));
        return out;
    }

    /** Whether only spaces stand between {@code i} and the next line break. */
    private static boolean blankLineFollows(String text, int i) {
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') return true;
            if (!Character.isWhitespace(c)) return false;
        }
        return false;
    }

    /** The sentence, or the part of a long one around the figure. */
    static String quote(String sentence, int start, int end) {
        if (sentence.length() <= MAX_QUOTE) return sentence;
        int room = Math.max(0, (MAX_QUOTE - (end - start)) / 2);
        int from = Math.max(0, start - room);
        int to = Math.min(sentence.length(), end + room);
        return (from > 0 ? "…" : "") + sentence.substring(from, to) + (to < sentence.length() ? "…" : "");
    }
}
