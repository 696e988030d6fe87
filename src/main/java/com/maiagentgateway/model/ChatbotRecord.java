package com.maiagentgateway.model;

import java.time.Instant;

/** A chatbot Q&A record with its quality scores (0-1; null where MaiAgent gave none). */
public record ChatbotRecord(String id, String senderName, String userMessage, String botMessage, Feedback feedback,
                            Scores scores, String replyTime, Instant createdAt, String error) {

    /** The quality scores MaiAgent computes for a reply. */
    public record Scores(Double faithfulness, Double answerRelevancy, Double contextPrecision,
                         Double answerCorrectness, Double answerSimilarity, Double contextRecall) {
    }
}
