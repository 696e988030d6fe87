package com.maiagentgateway.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The levels an administrator set for alerts (one row, id 1); none yet: the configured defaults apply. */
@Entity
@Table(name = "alert_settings")
public class AlertSettingsRow {

    static final int THE_ROW = 1;

    @Id
    private int id = THE_ROW;

    /** Percentages of a quota, ascending, comma-separated: "80,100". */
    @Column(name = "quota_levels", nullable = false, length = 50)
    private String quotaLevels;

    @Column(name = "error_rate_percent", nullable = false)
    private int errorRatePercent;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AlertSettingsRow() {
        // for JPA
    }

    public AlertSettingsRow(String quotaLevels, int errorRatePercent, Instant updatedAt) {
        this.quotaLevels = quotaLevels;
        this.errorRatePercent = errorRatePercent;
        this.updatedAt = updatedAt;
    }

    public String getQuotaLevels() {
        return quotaLevels;
    }

    public int getErrorRatePercent() {
        return errorRatePercent;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
