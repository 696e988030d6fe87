package com.maiagentgateway.service;

import java.io.Serializable;

/**
 * Records' six scores averaged over a search: each over the records that have it, with how many records were
 * read and found.
 */
public record ScoreAverages(long read, long found, Double faithfulness, Double answerRelevancy, Double contextPrecision,
                            Double answerCorrectness, Double answerSimilarity, Double contextRecall) implements Serializable {

    /** The averages of records read from a search. */
    public static ScoreAverages of(RecordsTriage.Read read) {
        ScoreTally tally = new ScoreTally();
        read.records().forEach(r -> tally.add(r.scores()));
        return new ScoreAverages(read.records().size(), read.found(), tally.mean(0), tally.mean(1), tally.mean(2), tally.mean(3),
                tally.mean(4), tally.mean(5));
    }
}
