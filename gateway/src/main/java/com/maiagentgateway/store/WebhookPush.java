package com.maiagentgateway.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored reply pushed to the listeners open on one node: how many it reached. */
@Entity
@Table(name = "webhook_push")
public class WebhookPush {

    @Id
    @SequenceGenerator(name = "webhook_push_seq", sequenceName = "webhook_push_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_push_seq")
    private Long id;

    @Column(name = "reply_id", nullable = false)
    private long replyId;

    @Column(name = "node", nullable = false, length = 200)
    private String node;

    @Column(name = "listeners", nullable = false)
    private int listeners;

    @Column(name = "again", nullable = false)
    private boolean again;

    @Column(name = "pushed_at", nullable = false)
    private Instant pushedAt;

    protected WebhookPush() {
        // for JPA
    }

    public WebhookPush(long replyId, String node, int listeners, boolean again, Instant pushedAt) {
        this.replyId = replyId;
        this.node = node;
        this.listeners = listeners;
        this.again = again;
        this.pushedAt = pushedAt;
    }

    public long getReplyId() {
        return replyId;
    }

    public String getNode() {
        return node;
    }

    public int getListeners() {
        return listeners;
    }

    public boolean isAgain() {
        return again;
    }

    public Instant getPushedAt() {
        return pushedAt;
    }
}
