package com.maiagentgateway.model;

/**
 * A passage a reply was grounded on: its text, the document and page it came from, and how well it
 * matched ({@code score} 0-1, {@code displayScore} 0-100). Records carry only id and text.
 */
public record CitationNode(String id, String text, String filename, String chatbotFileId, Integer pageNumber,
                           Double score, Integer displayScore) {
}
