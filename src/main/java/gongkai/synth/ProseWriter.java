package gongkai.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Writes the prose of one report from the clause pools. A sentence joins an optional opener,
 * one to three clauses of a topic, sometimes a fact with a number and an outcome; the number
 * of ways to combine them keeps sentences from repeating across a large corpus, so term
 * statistics stay close to those of real reports.
 */
final class ProseWriter {

    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六"};

    private final ProsePool pool;
    /** Where fresh clauses come from; null writes only the pools' clauses (the seeds style). */
    private final ProseModel model;
    /** With a model, the share of clauses still taken from the pools: real reports' stock phrases. */
    private final double stockShare;
    private final RandomGenerator rng;
    private final Map<String, String> slots;
    /** Clause templates used in the current paragraph, so a paragraph does not say the same thing twice. */
    private final java.util.Set<String> used = new java.util.HashSet<>();

    /**
     * @param slots fixed placeholder values for this report: agency, self, dom, place, year, next, new
     */
    ProseWriter(ProsePool pool, RandomGenerator rng, Map<String, String> slots) {
        this(pool, null, 1, rng, slots);
    }

    /**
     * @param model      fresh clauses, or null for the pools' clauses alone
     * @param stockShare with a model, the share of clauses taken from the pools
     */
    ProseWriter(ProsePool pool, ProseModel model, double stockShare, RandomGenerator rng, Map<String, String> slots) {
        this.pool = pool;
        this.model = model;
        this.stockShare = stockShare;
        this.rng = rng;
        this.slots = slots;
    }

    /** A sentence on a topic, ending in 。. */
    String sentence(String topic) {
        List<String> parts = new ArrayList<>();
        if (rng.nextDouble() < 0.5) {
            parts.add(pick("opener") + fresh(topic));
        } else {
            parts.add(fresh(topic));
        }
        int more = rng.nextInt(3);
        for (int i = 0; i < more; i++) parts.add(fresh(topic));
        if (pool.has(topic + ".fact") && rng.nextDouble() < 0.5) parts.add(fresh(topic + ".fact"));
        if (rng.nextDouble() < 0.3) parts.add(fresh("outcome"));
        return String.join("，", parts) + "。";
    }

    /** Two to four sentences on a topic. */
    String paragraph(String topic) {
        used.clear();
        StringBuilder sb = new StringBuilder();
        int n = 2 + rng.nextInt(3);
        for (int i = 0; i < n; i++) sb.append(sentence(topic));
        return sb.toString();
    }

    /** 一是…。二是…。三是…。: two to four points on a topic, one or two clauses each. */
    String points(String topic) {
        used.clear();
        StringBuilder sb = new StringBuilder();
        int n = 2 + rng.nextInt(3);
        for (int i = 0; i < n; i++) {
            sb.append(ORDINALS[i]).append("是").append(fresh(topic));
            if (rng.nextDouble() < 0.7) sb.append("，").append(fresh(topic));
            sb.append("。");
        }
        return sb.toString();
    }

    /** One clause of a group with its placeholders filled. */
    String pick(String group) {
        List<String> g = pool.group(group);
        return fill(g.get(rng.nextInt(g.size())));
    }

    /** A clause of the group not yet used in this paragraph, when a few draws find one. */
    private String fresh(String group) {
        if (model != null && rng.nextDouble() >= stockShare) return fill(model.clause(rng));
        List<String> g = pool.group(group);
        String t = g.get(rng.nextInt(g.size()));
        for (int tries = 0; tries < 6 && !used.add(t); tries++) t = g.get(rng.nextInt(g.size()));
        return fill(t);
    }

    /** Replaces {name} placeholders; {n}, {s} and {pct} draw a fresh number each time. */
    String fill(String template) {
        if (template.indexOf('{') < 0) return template;
        StringBuilder sb = new StringBuilder(template.length() + 16);
        int i = 0;
        while (i < template.length()) {
            char ch = template.charAt(i);
            int close = ch == '{' ? template.indexOf('}', i) : -1;
            if (close < 0) {
                sb.append(ch);
                i++;
                continue;
            }
            String name = template.substring(i + 1, close);
            sb.append(switch (name) {
                case "n" -> String.valueOf(10 + rng.nextInt(600));
                case "s" -> String.valueOf(1 + rng.nextInt(30));
                case "pct" -> (1 + rng.nextInt(40)) + "." + rng.nextInt(10);
                default -> slots.getOrDefault(name, "");
            });
            i = close + 1;
        }
        return sb.toString();
    }
}
