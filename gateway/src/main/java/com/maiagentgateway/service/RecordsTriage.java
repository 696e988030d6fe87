package com.maiagentgateway.service;

import com.maiagentgateway.model.ChatbotRecord;
import com.maiagentgateway.model.PageOf;
import com.maiagentgateway.model.RecordsQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * What a support lead reads first in a chatbot's records: answers with a low score or a dislike, and scores ranked.
 * MaiAgent's records API neither sorts nor filters by score, so a ranked or filtered list is made from the search's
 * first {@value #READ_AT_MOST} records, read 100 at a time (and says so when the search found more).
 */
@ApplicationScoped
public class RecordsTriage {

    /** Below this a score is low (shown red); below {@link #FAIR} fair (amber); from it good. */
    public static final double LOW = 0.5;
    public static final double FAIR = 0.8;
    public static final int READ_AT_MOST = 1000;
    private static final int PAGE = 100;

    @Inject
    RecordsService records;

    /** The records read of a search, and how many it found in all. */
    public record Read(List<ChatbotRecord> records, long found) {
    }

    public Read readAll(RecordsQuery query) {
        return read(page -> records.list(query, page, PAGE), READ_AT_MOST / PAGE);
    }

    /** Up to {@code maxPages} pages of a search (numbered from 1), stopping at its end. */
    static Read read(IntFunction<PageOf<ChatbotRecord>> page, int maxPages) {
        List<ChatbotRecord> read = new ArrayList<>();
        long found = 0;
        for (int number = 1; number <= maxPages; number++) {
            PageOf<ChatbotRecord> listed = page.apply(number);
            found = listed.count();
            read.addAll(listed.items());
            if (listed.items().isEmpty() || read.size() >= found) {
                break;
            }
        }
        return new Read(read, found);
    }

    /** A record to look at: any of its scores low, or its answer disliked. */
    public static boolean needsAttention(ChatbotRecord record) {
        boolean disliked = record.feedback() != null && "dislike".equalsIgnoreCase(record.feedback().type());
        return disliked || scores(record).anyMatch(score -> score < LOW);
    }

    /** "low", "fair" or "good" for a score; null for none. */
    public static String band(Double score) {
        if (score == null) {
            return null;
        }
        return score < LOW ? "low" : score < FAIR ? "fair" : "good";
    }

    private static Stream<Double> scores(ChatbotRecord record) {
        ChatbotRecord.Scores s = record.scores();
        return s == null ? Stream.empty() : Stream.of(s.faithfulness(), s.answerRelevancy(), s.contextPrecision(),
                s.answerCorrectness(), s.answerSimilarity(), s.contextRecall()).filter(Objects::nonNull);
    }
}
