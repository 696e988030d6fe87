package com.maiagentgateway.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * How many sign-ins failed for one subject (an account, a source address, or the pair) since counting began, and when
 * the last did. The count is forgotten once a whole window has passed without a failure.
 */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure {

    @Id
    @Column(name = "subject", length = 400)
    private String subject;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    protected SignInFailure() {
    }

    SignInFailure(String subject, Instant windowStart) {
        this.subject = subject;
        this.windowStart = windowStart;
        this.lastFailureAt = windowStart;
        this.failures = 1;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getWindowStart() {
        return windowStart;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLastFailureAt() {
        return lastFailureAt;
    }

    /** Whether the count still holds at {@code now}: a failure came within the last window. */
    public boolean heldAt(Instant now, java.time.Duration window) {
        return !lastFailureAt.plus(window).isBefore(now);
    }

    /** One more failure, counted on, or from one again when the window since the last has passed. */
    void add(Instant now, java.time.Duration window) {
        if (!heldAt(now, window)) {
            windowStart = now;
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
    }
}
