package gongkai.search;

/**
 * One group of a chart: a year or a province, how many matching reports it has, and the
 * figure's statistics over those that have the figure (null when none has).
 */
public record GroupStats(String value, long reports, FigureStats stats) {
}
