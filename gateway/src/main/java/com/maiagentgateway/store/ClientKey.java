package com.maiagentgateway.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One API key of a client application, by its SHA-256 and its visible prefix; never the key itself. */
@Entity
@Table(name = "client_key")
public class ClientKey {

    // One sequence value per row, as audit_entry: EclipseLink and Hibernate read a pooled sequence differently.
    @Id
    @SequenceGenerator(name = "client_key_seq", sequenceName = "client_key_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_key_seq")
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "prefix", nullable = false, length = 16)
    private String prefix;

    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ClientKey() {
    }

    /** A key issued {@code now}, accepted until {@code expiresAt} (null: no end). */
    public ClientKey(Long applicationId, String prefix, String keyHash, Instant now, Instant expiresAt) {
        this.applicationId = applicationId;
        this.prefix = prefix;
        this.keyHash = keyHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getPrefix() {
        return prefix;
    }

    public String getKeyHash() {
        return keyHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    /** When a node last accepted it, as of the nodes' last flush; null: never. */
    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    /** Not revoked (it may still have expired: see {@link #isExpiredAt}). */
    public boolean isActive() {
        return revokedAt == null;
    }

    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    public void revoke(Instant now) {
        this.revokedAt = now;
    }
}
