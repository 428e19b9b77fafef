package gongkai.synth;

/**
 * One synthetic report: its text and what it really says.
 *
 * @param text  the report as a plain-text file holds it
 * @param truth its ground truth
 */
public record SynthReport(String text, GroundTruth truth) {
}
