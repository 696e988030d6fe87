package com.maiagentgateway.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Something an admin sent MaiAgent from the console: a question (known by its SHA-256 only), the conversation it
 * went to once known, and whether that conversation is the admin's own test rather than a customer's.
 */
@Entity
@Table(name = "console_test_ask")
public class ConsoleTestAsk {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "admin", nullable = false, length = 200)
    private String admin;

    @Column(name = "question_sha256", length = 64)
    private String questionSha256;

    @Column(name = "conversation_id", length = 64)
    private String conversationId;

    @Column(name = "test_conversation", nullable = false)
    private boolean testConversation;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    protected ConsoleTestAsk() {
    }

    ConsoleTestAsk(String id, String admin, String questionSha256, String conversationId, boolean testConversation, Instant askedAt) {
        this.id = id;
        this.admin = admin;
        this.questionSha256 = questionSha256;
        this.conversationId = conversationId;
        this.testConversation = testConversation;
        this.askedAt = askedAt;
    }

    /** A question asked at a time, as a lookup answers it (for tests of what reads them). */
    public static ConsoleTestAsk of(String questionSha256, Instant askedAt) {
        return new ConsoleTestAsk(null, null, questionSha256, null, false, askedAt);
    }

    void answeredIn(String conversationId) {
        this.conversationId = conversationId;
    }

    public String questionSha256() {
        return questionSha256;
    }

    public Instant askedAt() {
        return askedAt;
    }
}
