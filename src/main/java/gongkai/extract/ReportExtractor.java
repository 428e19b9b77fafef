package gongkai.extract;

import gongkai.ingest.SourceText;
import gongkai.ingest.TextNormaliser;
import gongkai.report.Check;
import gongkai.report.FigureCatalog;
import gongkai.report.RateCalculator;
import gongkai.report.Report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The extractor's facade: a report's text in, a typed and checked {@link Report} out.
 * Thread-safe; build one and share it.
 */
public final class ReportExtractor {

    private final MetadataReader metadataReader;
    private final SectionSplitter sectionSplitter;
    private final TableReader tableReader;
    private final TextNormaliser normaliser;
    private final AgencyIdentity agencyIdentity;
    private final RateCalculator rates = new RateCalculator();
    private final ProseChecks proseChecks;

    public ReportExtractor(FigureCatalog catalog, Gazetteer gazetteer) {
        this.metadataReader = new MetadataReader(gazetteer);
        this.sectionSplitter = new SectionSplitter();
        this.tableReader = new TableReader(catalog);
        this.normaliser = new TextNormaliser();
        this.agencyIdentity = new AgencyIdentity(gazetteer);
        this.proseChecks = new ProseChecks(new ProseFigures(normaliser));
    }

    /** An extractor with the standard figure catalog and the bundled gazetteer. */
    public static ReportExtractor standard() {
        return new ReportExtractor(FigureCatalog.standard(), Gazetteer.load());
    }

    public Report extract(SourceText source) {
        return read(source).report();
    }

    /** The report and whether its text has the marks of a report at all. */
    public Extraction read(SourceText source) {
        String text = source.text();
        Metadata meta = metadataReader.read(text, source.source(), source.ocr());
        // Each part as the search text has it, so that the index can store it as a span of that text.
        Map<String, String> sections = sectionSplitter.split(text, meta.year());
        sections.replaceAll((key, part) -> normaliser.forSearch(part));
        TableResult tables = tableReader.read(text, source.ocr());
        List<String> warnings = new ArrayList<>(meta.warnings());
        warnings.addAll(tables.warnings());
        // Rates follow the read figures in catalog order; a report without tables has no rates to explain.
        Map<String, BigDecimal> figures = tables.figures();
        // the tables' own arithmetic first, then what the prose says of the same figures
        List<Check> checks = new ArrayList<>(tables.checks());
        // A scan's prose is read by OCR, whose digit misreadings would pass for contradictions: not compared.
        if (!source.ocr()) checks.addAll(proseChecks.check(text, source.format(), meta.year(), figures));
        if (!figures.isEmpty()) {
            RateCalculator.Rates r = rates.compute(figures);
            figures = new LinkedHashMap<>(figures);
            figures.putAll(r.values());
            warnings.addAll(r.warnings());
        }
        Report report = new Report(source.source(), source.format(), source.contentHash(),
                meta.agency(), agencyIdentity.of(meta.agency(), meta.regionCode()), meta.year(), meta.region(), meta.regionCode(), meta.province(), meta.level(),
                meta.docNo(), meta.published(), tables.template(),
                java.util.Collections.unmodifiableMap(figures), tables.missing(), tables.inferred(), List.copyOf(checks),
                List.copyOf(warnings), sections, normaliser.forSearch(text), source.ocr(), null, SourceAddress.of(text));
        ReportMarks marks = new ReportMarks(meta.titled(), sections.size() >= ReportMarks.MIN_PARTS,
                !tables.figures().isEmpty() && tables.figures().size() > tables.inferred().size(), meta.printed());
        return new Extraction(report, marks);
    }

    /** A text read as a report, with the marks that say whether it is one. */
    public record Extraction(Report report, ReportMarks marks) {
    }
}
