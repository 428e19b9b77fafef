package gongkai.synth;

import gongkai.extract.Gazetteer;
import gongkai.report.FigureCatalog;
import gongkai.report.Template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes the synthetic report number {@code i} of a corpus. Each report draws from its own
 * random stream, derived from the corpus seed and its number alone, so a report is the same
 * whatever order or thread it is made in, and the same seed always gives the same corpus.
 * Thread-safe.
 *
 * <p>Reports come in series of {@value #SERIES} consecutive years of one agency: report
 * {@code i} is year {@code FIRST_YEAR + i % SERIES} of series {@code i / SERIES}. A year
 * carries in what the year before carried out and continues its stocks in force, except where
 * {@link ChainBreak} breaks the chain on purpose; the year before is drawn again from its own
 * stream (a few figure draws), so that reports stay independent of the order they are made in.
 */
public final class ReportSynth {

    /** The reporting years the corpus covers: 2019 and 2020 follow the 2019 template, later years the 2021 one. */
    public static final int FIRST_YEAR = 2019;
    public static final int LAST_YEAR = 2024;
    /** Years in one agency's series of reports. */
    public static final int SERIES = LAST_YEAR - FIRST_YEAR + 1;

    private static final String[] PROVINCE_ABBREVIATIONS = {
            "北京市", "京", "天津市", "津", "河北省", "冀", "山西省", "晋", "内蒙古自治区", "内蒙", "辽宁省", "辽",
            "吉林省", "吉", "黑龙江省", "黑", "上海市", "沪", "江苏省", "苏", "浙江省", "浙", "安徽省", "皖",
            "福建省", "闽", "江西省", "赣", "山东省", "鲁", "河南省", "豫", "湖北省", "鄂", "湖南省", "湘",
            "广东省", "粤", "广西壮族自治区", "桂", "海南省", "琼", "重庆市", "渝", "四川省", "川", "贵州省", "黔",
            "云南省", "云", "西藏自治区", "藏", "陕西省", "陕", "甘肃省", "甘", "青海省", "青", "宁夏回族自治区", "宁",
            "新疆维吾尔自治区", "新"};

    /**
     * Where report prose comes from. REALISTIC: fresh clauses from {@link ProseModel}, with the
     * pools' stock phrases at {@link #STOCK_SHARE}, so clauses recur across reports about as
     * often as in the bundled real ones ({@code gongkai bench --measure-repetition}). SEEDS: the
     * pools' clauses alone, as the corpus was first made; nearly every clause recurs.
     */
    public enum Prose { REALISTIC, SEEDS }

    /**
     * Share of prose clauses taken from the pools in the realistic style, chosen so that the
     * synthetic prose's recurring share at 27 reports matches the 27 bundled real and seed
     * reports' (see {@code RepetitionTest}).
     */
    static final double STOCK_SHARE = 0.33;

    private final long seed;
    private final ProseModel proseModel;
    private final AreaList areas;
    private final AgencyRoster roster;
    private final FigureModel model;
    private final ProsePool prose;
    private final RegionCodes regionCodes;
    private final Map<String, String> provinceAbbreviations = new HashMap<>();

    public ReportSynth(long seed, AreaList areas, FigureCatalog catalog, Gazetteer gazetteer) {
        this(seed, areas, catalog, gazetteer, Prose.REALISTIC);
    }

    public ReportSynth(long seed, AreaList areas, FigureCatalog catalog, Gazetteer gazetteer, Prose style) {
        this.seed = seed;
        this.proseModel = style == Prose.REALISTIC ? ProseModel.bundled() : null;
        this.areas = areas;
        this.roster = new AgencyRoster(areas, mix(~seed, AGENCIES));
        this.regionCodes = RegionCodes.of(areas, gazetteer);
        this.model = new FigureModel(catalog);
        this.prose = ProsePool.bundled();
        for (int i = 0; i < PROVINCE_ABBREVIATIONS.length; i += 2) {
            provinceAbbreviations.put(PROVINCE_ABBREVIATIONS[i], PROVINCE_ABBREVIATIONS[i + 1]);
        }
    }

    public static ReportSynth standard(long seed) {
        return standard(seed, Prose.REALISTIC);
    }

    public static ReportSynth standard(long seed, Prose style) {
        return new ReportSynth(seed, AreaList.bundled(), FigureCatalog.standard(), Gazetteer.load(), style);
    }

    /** The report numbered {@code index}, named {@code id}. */
    public SynthReport make(long index, String id) {
        long series = index / SERIES;
        Agency agency = roster.of(series);
        Year y = null;
        for (long i = series * SERIES; i <= index; i++) y = year(i, agency, y);
        SplittableRandom rng = y.rng();
        int year = y.year();
        Template template = y.template();
        Layout layout = y.layout();
        Map<String, BigDecimal> figures = y.figures();
        List<String> missing = y.missing();
        List<String> failed = TruthChecks.failed(template, figures);

        LocalDate published = LocalDate.of(year + 1, 1 + rng.nextInt(3), 1 + rng.nextInt(28));
        String docNo = layout.docNo() ? docNo(agency, year, rng) : null;
        Map<String, String> slots = Map.of(
                "agency", agency.name(), "self", agency.selfReference(), "dom", agency.type().domain(),
                "place", agency.area().shortName(), "year", String.valueOf(year), "next", String.valueOf(year + 1),
                "new", figures.get("apply.new.total").toPlainString());
        ProseWriter writer = new ProseWriter(prose, proseModel, STOCK_SHARE, rng, slots);
        String text = ReportText.write(agency, year, template, layout, figures, docNo, published, writer, rng);

        GroundTruth truth = new GroundTruth(id, agency.name(), year, template, agency.area().region(),
                regionCodes.code(agency.area()), agency.area().province(), agency.area().level(), docNo, layout.signature() ? published : null,
                figures, missing, failed, layout.describe(), y.breaks());
        return new SynthReport(text, truth);
    }

    /** One year of a series as drawn so far: its stream continues with the text. */
    private record Year(SplittableRandom rng, int year, Template template, Layout layout, Map<String, BigDecimal> figures,
                        List<String> missing, List<String> breaks) {
    }

    /** The figures of report {@code index}, the year after {@code before} (null for a series' first year). */
    private Year year(long index, Agency agency, Year before) {
        SplittableRandom rng = new SplittableRandom(mix(seed, index));
        int year = FIRST_YEAR + (int) (index % SERIES);
        Template template = year <= 2020 ? Template.T2019 : Template.T2021;
        Layout layout = Layout.draw(template, rng);
        ChainBreak.Link link = before == null ? new ChainBreak.Link(FigureModel.Carry.NONE, List.of())
                : ChainBreak.link(before.figures(), before.template(), template, new SplittableRandom(mix(seed ^ BREAKS, index)));
        Map<String, BigDecimal> figures = model.draw(agency, template, layout.amountInWan(), link.carry(), rng);
        List<String> missing = new ArrayList<>();
        if (layout.blankReview()) {
            for (String suffix : FigureCatalog.APPEAL_SUFFIXES) {
                figures.remove("review." + suffix);
                missing.add("review." + suffix);
            }
        }
        if (rng.nextDouble() < Inconsistency.FAILING_SHARE) Inconsistency.apply(template, figures, rng);
        return new Year(rng, year, template, layout, figures, missing, link.broken());
    }

    /** How many series of a corpus get an agency of their own; beyond, agencies repeat ({@link AgencyRoster}). */
    public int distinctAgencies() {
        return roster.size();
    }

    /** The agency of series {@code series} (reports {@code series * SERIES} to {@code series * SERIES + SERIES - 1}). */
    public Agency agencyOf(long series) {
        return roster.of(series);
    }

    /** Salt of the stream that orders the corpus's agencies. */
    private static final long AGENCIES = 0x2545F4914F6CDD1DL;

    /** Salt of the streams that decide the chain breaks, apart from the reports' own. */
    private static final long BREAKS = 0x5DEECE66DL;

    /** 泉鲤统〔2021〕1号: province, area and agency abbreviations, the publication year, a number. */
    private String docNo(Agency agency, int year, SplittableRandom rng) {
        Area area = agency.area();
        String prefix = provinceAbbreviations.getOrDefault(area.province(), area.province().substring(0, 1));
        if (!area.county().isEmpty()) prefix = (area.city().isEmpty() ? prefix : area.city().substring(0, 1)) + area.county().charAt(0);
        else if (!area.city().isEmpty()) prefix += area.city().charAt(0);
        String abbreviation = agency.type() == AgencyType.GOVERNMENT ? "政办" : agency.type().docAbbreviation();
        return prefix + abbreviation + "〔" + (year + 1) + "〕" + (1 + rng.nextInt(40)) + "号";
    }

    /** A well-spread 64-bit stream seed from the corpus seed and the report's number (SplitMix64's finaliser). */
    static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
