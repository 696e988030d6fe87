package com.maiagentgateway.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An alert raised once for the cluster: its occurrence's key is unique (V15__alerts.sql). */
@Entity
@Table(name = "alert")
public class Alert {

    public static final int MAX_DETAIL_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "alert_seq", sequenceName = "alert_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_seq")
    private Long id;

    @Column(name = "alert_key", nullable = false, length = 300)
    private String key;

    @Column(name = "kind", nullable = false, length = 20)
    private String kind;

    @Column(name = "subject", nullable = false, length = 300)
    private String subject;

    @Column(name = "detail", nullable = false, length = MAX_DETAIL_LENGTH)
    private String detail;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "node", nullable = false, length = 200)
    private String node;

    protected Alert() {
        // for JPA
    }

    public Alert(String key, String kind, String subject, String detail, Instant raisedAt, String node) {
        this.key = key;
        this.kind = kind;
        this.subject = subject;
        this.detail = detail;
        this.raisedAt = raisedAt;
        this.node = node;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public String getNode() {
        return node;
    }
}
