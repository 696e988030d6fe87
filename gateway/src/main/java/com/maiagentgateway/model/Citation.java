package com.maiagentgateway.model;

import java.time.Instant;
import java.util.List;

/** A knowledge-base document a reply drew on, with the knowledge base it is in and its labels. */
public record Citation(String id, String filename, String file, String fileType, Long size, Instant createdAt,
                       KnowledgeBase knowledgeBase, List<Label> labels) {

    /** The knowledge base a cited document belongs to. */
    public record KnowledgeBase(String id, String name) {
    }

    /** A label an admin gave a document. */
    public record Label(String id, String name) {
    }
}
