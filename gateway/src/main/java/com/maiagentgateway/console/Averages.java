package com.maiagentgateway.console;

import com.maiagentgateway.model.ChatbotRecord;
import com.maiagentgateway.model.PageOf;
import java.io.Serializable;
import java.util.function.IntFunction;

/**
 * Records' six scores averaged over a search: each over the records that have it (MaiAgent leaves a score out
 * where it could not compute it), with how many records were read and found.
 */
public record Averages(long read, long found, Double faithfulness, Double answerRelevancy, Double contextPrecision,
                       Double answerCorrectness, Double answerSimilarity, Double contextRecall) implements Serializable {

    /** Reads up to {@code maxPages} pages (numbered from 1) and averages what they hold. */
    static Averages over(IntFunction<PageOf<ChatbotRecord>> page, int maxPages) {
        double[] sums = new double[6];
        long[] counts = new long[6];
        long read = 0;
        long found = 0;
        for (int number = 1; number <= maxPages; number++) {
            PageOf<ChatbotRecord> listed = page.apply(number);
            found = listed.count();
            for (ChatbotRecord r : listed.items()) {
                read++;
                if (r.scores() != null) {
                    Double[] values = {r.scores().faithfulness(), r.scores().answerRelevancy(), r.scores().contextPrecision(),
                            r.scores().answerCorrectness(), r.scores().answerSimilarity(), r.scores().contextRecall()};
                    for (int i = 0; i < values.length; i++) {
                        if (values[i] != null) {
                            sums[i] += values[i];
                            counts[i]++;
                        }
                    }
                }
            }
            if (listed.items().isEmpty() || read >= found) {
                break;
            }
        }
        Double[] means = new Double[6];
        for (int i = 0; i < means.length; i++) {
            means[i] = counts[i] == 0 ? null : Math.round(sums[i] / counts[i] * 100) / 100.0;
        }
        return new Averages(read, found, means[0], means[1], means[2], means[3], means[4], means[5]);
    }
}
