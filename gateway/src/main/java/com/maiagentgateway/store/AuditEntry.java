package com.maiagentgateway.store;

import com.maiagentgateway.model.AuditOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One write action from the console or the API: who did what to which target, when, and how it ended. */
@Entity
@Table(name = "audit_entry", indexes = {
        @Index(name = "audit_entry_occurred_at", columnList = "occurred_at"),
        @Index(name = "audit_entry_actor", columnList = "actor")})
public class AuditEntry {

    // One sequence value per row: EclipseLink and Hibernate read a pooled sequence value differently.
    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 200)
    private String actor;

    @Column(name = "action", nullable = false, length = 100)
    private String action;

    @Column(name = "target", length = 500)
    private String target;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 20)
    private AuditOutcome outcome;

    @Column(name = "detail", length = 1000)
    private String detail;

    /** How many times it happened: more than one only for a repeating entry (a refused sign-in). */
    @Column(name = "times", nullable = false)
    private int times = 1;

    @Column(name = "last_occurred_at")
    private Instant lastOccurredAt;

    /** What the repeats of a repeating entry have in common; null for every other. */
    @Column(name = "repeat_key", length = 700)
    private String repeatKey;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Instant occurredAt, String actor, String action, String target, AuditOutcome outcome, String detail) {
        this.occurredAt = occurredAt;
        this.actor = truncate(actor, 200);
        this.action = truncate(action, 100);
        this.target = truncate(target, 500);
        this.outcome = outcome;
        this.detail = truncate(detail, 1000);
    }

    /** An entry that later repeats of the same thing (same key) are counted into, rather than each written. */
    public static AuditEntry repeating(String repeatKey, Instant occurredAt, String actor, String action, String target,
                                       AuditOutcome outcome, String detail) {
        AuditEntry entry = new AuditEntry(occurredAt, actor, action, target, outcome, detail);
        entry.repeatKey = truncate(repeatKey, 700);
        entry.lastOccurredAt = occurredAt;
        return entry;
    }

    /** It happened once more. */
    public void repeated(Instant at) {
        times++;
        lastOccurredAt = at;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }

    public int getTimes() {
        return times;
    }

    public Instant getLastOccurredAt() {
        return lastOccurredAt;
    }
}
