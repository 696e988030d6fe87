package com.maiagentgateway.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How many sign-ins failed for one subject (an account, a source address, or the pair) since the window began. */
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

    protected SignInFailure() {
    }

    SignInFailure(String subject, Instant windowStart) {
        this.subject = subject;
        this.windowStart = windowStart;
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

    /** One more failure, in the current window or (when it is over) in a new one starting now. */
    void add(Instant now, java.time.Duration window) {
        if (windowStart.plus(window).isBefore(now)) {
            windowStart = now;
            failures = 0;
        }
        failures++;
    }
}
