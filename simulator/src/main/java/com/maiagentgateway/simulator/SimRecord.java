package com.maiagentgateway.simulator;

import jakarta.json.JsonValue;

/** One chatbot Q&A record with its quality scores (0-1 raw, 0-100 for display). */
record SimRecord(String id, String chatbotId, String senderName, JsonValue feedback, String inputMessage,
                 String outputMessage, double faithfulness, double answerRelevancy, double contextPrecision,
                 double answerCorrectness, double answerSimilarity, double contextRecall,
                 double replySeconds, long createdAt, String error) {
}
