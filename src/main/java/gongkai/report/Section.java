package gongkai.report;

import java.util.List;

/** The six parts of every annual report, in their order. */
public enum Section {
    OVERVIEW("overview", "一、总体情况"),
    PROACTIVE("proactive", "二、主动公开政府信息情况"),
    REQUESTS("requests", "三、收到和处理政府信息公开申请情况"),
    APPEALS("appeals", "四、政府信息公开行政复议、行政诉讼情况"),
    PROBLEMS("problems", "五、存在的主要问题及改进情况"),
    OTHER("other", "六、其他需要报告的事项");

    private final String key;
    private final String title;

    Section(String key, String title) {
        this.key = key;
        this.title = title;
    }

    /** ASCII key used in JSON ({@code sections.overview}) and in the index. */
    public String key() {
        return key;
    }

    /** The part's heading as the national template prints it. */
    public String title() {
        return title;
    }

    public static List<Section> inOrder() {
        return List.of(values());
    }
}
