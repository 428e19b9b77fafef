package gongkai.synth;

/**
 * The kinds of agency that publish reports, with the names they take at each level and the
 * rough size of their figures. The sizes make the corpus heavy-tailed the way real reports
 * are: a statistics bureau rarely penalises anyone, a market regulator or a public security
 * bureau can issue thousands of penalty decisions.
 *
 * @param weight         how often the kind is drawn, relative to the others
 * @param penaltyShare   share of agencies of this kind with any penalty decision in a year
 * @param penaltyMedian  median number of penalty decisions among those that have any
 * @param applyShare     share of agencies of this kind that received any disclosure application
 * @param applyMedian    median number of new applications among those that received any
 * @param licenseMedian  median number of licence decisions (0: the kind issues none)
 */
public enum AgencyType {
    STATISTICS("统计局", "统计局", "统计局", "统计", "统", 1.0, 0.35, 4, 0.45, 3, 0),
    PUBLIC_SECURITY("公安局", "公安厅", "公安局", "公安", "公", 1.0, 0.85, 150, 0.7, 8, 200),
    MARKET("市场监督管理局", "市场监督管理局", "市场监督管理局", "市场监管", "市监", 1.0, 0.9, 60, 0.8, 15, 300),
    GOVERNMENT("人民政府", "人民政府", "人民政府", "政务", "政", 1.2, 0.1, 5, 0.95, 40, 5),
    ENVIRONMENT("生态环境局", "生态环境厅", "生态环境局", "生态环境", "环", 0.8, 0.8, 20, 0.8, 10, 30),
    TRANSPORT("交通运输局", "交通运输厅", "交通运输委员会", "交通运输", "交", 0.8, 0.75, 40, 0.6, 5, 100),
    EDUCATION("教育局", "教育厅", "教育委员会", "教育", "教", 0.8, 0.1, 2, 0.6, 5, 10),
    HEALTH("卫生健康委员会", "卫生健康委员会", "卫生健康委员会", "卫生健康", "卫健", 0.8, 0.5, 15, 0.6, 5, 50),
    NATURAL_RESOURCES("自然资源局", "自然资源厅", "规划和自然资源局", "自然资源", "自然资源", 0.8, 0.5, 10, 0.95, 30, 60),
    HOUSING("住房和城乡建设局", "住房和城乡建设厅", "住房和城乡建设委员会", "住房城乡建设", "建", 0.8, 0.5, 10, 0.85, 20, 80),
    AGRICULTURE("农业农村局", "农业农村厅", "农业农村委员会", "农业农村", "农", 0.6, 0.5, 8, 0.4, 3, 30),
    CIVIL_AFFAIRS("民政局", "民政厅", "民政局", "民政", "民", 0.5, 0.1, 2, 0.5, 3, 10),
    FINANCE("财政局", "财政厅", "财政局", "财政", "财", 0.6, 0.1, 2, 0.6, 5, 1),
    JUSTICE("司法局", "司法厅", "司法局", "司法行政", "司", 0.4, 0.05, 1, 0.4, 2, 5),
    HUMAN_RESOURCES("人力资源和社会保障局", "人力资源和社会保障厅", "人力资源和社会保障局", "人力资源社会保障", "人社", 0.6, 0.3, 5, 0.7, 8, 20),
    CULTURE("文化和旅游局", "文化和旅游厅", "文化和旅游局", "文化旅游", "文旅", 0.5, 0.5, 8, 0.3, 2, 20),
    EMERGENCY("应急管理局", "应急管理厅", "应急管理局", "应急管理", "应急", 0.5, 0.6, 10, 0.3, 2, 10),
    WATER("水利局", "水利厅", "水务局", "水利", "水", 0.5, 0.4, 5, 0.4, 3, 30),
    DEVELOPMENT("发展和改革委员会", "发展和改革委员会", "发展和改革委员会", "发展改革", "发改", 0.6, 0.1, 2, 0.7, 8, 20),
    AUDIT("审计局", "审计厅", "审计局", "审计", "审", 0.3, 0.0, 0, 0.3, 2, 0),
    MEDICAL_INSURANCE("医疗保障局", "医疗保障局", "医疗保障局", "医疗保障", "医保", 0.4, 0.4, 5, 0.4, 3, 0),
    VETERANS("退役军人事务局", "退役军人事务厅", "退役军人事务局", "退役军人事务", "退役", 0.3, 0.0, 0, 0.3, 2, 0);

    private final String cityName;
    private final String provinceName;
    private final String municipalityName;
    private final String domain;
    private final String docAbbreviation;
    private final double weight;
    private final double penaltyShare;
    private final double penaltyMedian;
    private final double applyShare;
    private final double applyMedian;
    private final double licenseMedian;

    AgencyType(String cityName, String provinceName, String municipalityName, String domain, String docAbbreviation,
               double weight, double penaltyShare, double penaltyMedian,
               double applyShare, double applyMedian, double licenseMedian) {
        this.cityName = cityName;
        this.provinceName = provinceName;
        this.municipalityName = municipalityName;
        this.domain = domain;
        this.docAbbreviation = docAbbreviation;
        this.weight = weight;
        this.penaltyShare = penaltyShare;
        this.penaltyMedian = penaltyMedian;
        this.applyShare = applyShare;
        this.applyMedian = applyMedian;
        this.licenseMedian = licenseMedian;
    }

    /** The agency's name suffix in an area: 公安厅 for a province, 公安局 below. */
    public String suffixFor(Area area) {
        if (area.municipality() && area.county().isEmpty()) return municipalityName;
        if (area.city().isEmpty() && area.county().isEmpty()) return provinceName;
        return cityName;
    }

    /** Whether the kind publishes under its own area name there (a district police station of a municipality does not). */
    public boolean existsIn(Area area) {
        return !(this == PUBLIC_SECURITY && area.municipality() && !area.county().isEmpty());
    }

    public String domain() { return domain; }
    public String docAbbreviation() { return docAbbreviation; }
    public double weight() { return weight; }
    public double penaltyShare() { return penaltyShare; }
    public double penaltyMedian() { return penaltyMedian; }
    public double applyShare() { return applyShare; }
    public double applyMedian() { return applyMedian; }
    public double licenseMedian() { return licenseMedian; }

    /** The agency's own word for itself: 我局, 我厅, 我委, or for a government 我市/我县/…. */
    public String selfReference(Area area) {
        if (this == GOVERNMENT) return area.selfReference();
        String suffix = suffixFor(area);
        return suffix.endsWith("委员会") ? "我委" : "我" + suffix.charAt(suffix.length() - 1);
    }
}
