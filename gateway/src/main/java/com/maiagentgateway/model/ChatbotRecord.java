package com.maiagentgateway.model;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * A chatbot Q&A record with its quality scores: raw (0-1) and as MaiAgent displays them (0-100);
 * null where MaiAgent gave none. {@code condensedMessage} is the question as the chatbot understood
 * it in context; {@code usage} and {@code processingTime} are MaiAgent's own objects, passed on.
 */
public record ChatbotRecord(String id, String senderName, String userMessage, String condensedMessage, String botMessage,
                            Feedback feedback, Scores scores, DisplayScores displayScores, String replyTime,
                            Instant createdAt, String error, JsonObject processingTime, JsonObject usage,
                            List<CitationNode> citationNodes, String context) {

    /** The quality scores MaiAgent computes for a reply. */
    public record Scores(Double faithfulness, Double answerRelevancy, Double contextPrecision,
                         Double answerCorrectness, Double answerSimilarity, Double contextRecall) {
    }

    /** The same scores as MaiAgent shows them, 0-100. */
    public record DisplayScores(Integer faithfulness, Integer answerRelevancy, Integer contextPrecision,
                                Integer answerCorrectness, Integer answerSimilarity, Integer contextRecall) {
    }
}
