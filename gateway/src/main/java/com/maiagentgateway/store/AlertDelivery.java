package com.maiagentgateway.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One alert to one recipient: pending (tried again, backing off, while the recipient fails), sent, or given up. */
@Entity
@Table(name = "alert_delivery")
public class AlertDelivery {

    public enum State { PENDING, SENT, FAILED }

    public static final int MAX_ERROR_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "alert_delivery_seq", sequenceName = "alert_delivery_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_delivery_seq")
    private Long id;

    @Column(name = "alert_id", nullable = false)
    private long alertId;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    /** The address as it was when the alert was raised: the history reads the same after a recipient is removed. */
    @Column(name = "recipient", nullable = false, length = 500)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private State state;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "sent_by", length = 200)
    private String sentBy;

    protected AlertDelivery() {
        // for JPA
    }

    public AlertDelivery(long alertId, long recipientId, String recipient, Instant due) {
        this.alertId = alertId;
        this.recipientId = recipientId;
        this.recipient = recipient;
        this.state = State.PENDING;
        this.nextAttemptAt = due;
    }

    public Long getId() {
        return id;
    }

    public long getAlertId() {
        return alertId;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public String getRecipient() {
        return recipient;
    }

    public State getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getSentBy() {
        return sentBy;
    }
}
