package com.maiagentgateway.service;

import com.maiagentgateway.model.ChatbotRecord;

/**
 * Sums of the six quality scores and how many records had each: MaiAgent leaves a score out where it could not
 * compute it, and such a record is not counted as 0. The one place averages are taken and rounded.
 */
public final class ScoreTally {

    /** The six scores in the order MaiAgent lists them. */
    public static final int SCORES = 6;

    private final double[] sums = new double[SCORES];
    private final long[] counts = new long[SCORES];

    public void add(ChatbotRecord.Scores scores) {
        if (scores == null) {
            return;
        }
        Double[] values = {scores.faithfulness(), scores.answerRelevancy(), scores.contextPrecision(),
                scores.answerCorrectness(), scores.answerSimilarity(), scores.contextRecall()};
        for (int i = 0; i < SCORES; i++) {
            if (values[i] != null) {
                sums[i] += values[i];
                counts[i]++;
            }
        }
    }

    /** The average of score {@code index} over the records that have it, to two decimals; null when none has. */
    public Double mean(int index) {
        return counts[index] == 0 ? null : rounded(sums[index] / counts[index]);
    }

    /** Scores are shown to two decimals (MaiAgent's own display is 0-100). */
    static double rounded(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
