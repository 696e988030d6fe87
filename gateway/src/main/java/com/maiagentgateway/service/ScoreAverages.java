package com.maiagentgateway.service;

import com.maiagentgateway.model.ChatbotRecord;
import com.maiagentgateway.model.PageOf;
import java.io.Serializable;
import java.util.function.IntFunction;

/**
 * Records' six scores averaged over a search: each over the records that have it, with how many records were
 * read and found.
 */
public record ScoreAverages(long read, long found, Double faithfulness, Double answerRelevancy, Double contextPrecision,
                            Double answerCorrectness, Double answerSimilarity, Double contextRecall) implements Serializable {

    /** Reads up to {@code maxPages} pages (numbered from 1) and averages what they hold. */
    public static ScoreAverages over(IntFunction<PageOf<ChatbotRecord>> page, int maxPages) {
        return of(RecordsTriage.read(page, maxPages));
    }

    /** The averages of records read from a search. */
    public static ScoreAverages of(RecordsTriage.Read read) {
        ScoreTally tally = new ScoreTally();
        read.records().forEach(r -> tally.add(r.scores()));
        return new ScoreAverages(read.records().size(), read.found(), tally.mean(0), tally.mean(1), tally.mean(2), tally.mean(3),
                tally.mean(4), tally.mean(5));
    }
}
