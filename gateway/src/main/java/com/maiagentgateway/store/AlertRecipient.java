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

/** Who is told of alerts: an e-mail address, or a webhook URL whose bodies are signed with this recipient's secret. */
@Entity
@Table(name = "alert_recipient")
public class AlertRecipient {

    public enum Kind { EMAIL, WEBHOOK }

    @Id
    @SequenceGenerator(name = "alert_recipient_seq", sequenceName = "alert_recipient_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_recipient_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private Kind kind;

    @Column(name = "address", nullable = false, length = 500)
    private String address;

    /** A webhook's HMAC-SHA256 key; null for e-mail. Never in an answer after the one that created it. */
    @Column(name = "signing_secret", length = 100)
    private String signingSecret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    protected AlertRecipient() {
        // for JPA
    }

    public AlertRecipient(Kind kind, String address, String signingSecret, Instant createdAt, String createdBy) {
        this.kind = kind;
        this.address = address;
        this.signingSecret = signingSecret;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getAddress() {
        return address;
    }

    public String getSigningSecret() {
        return signingSecret;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
