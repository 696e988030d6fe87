package com.maiagentgateway.security;

import java.time.Duration;
import java.time.Instant;

/**
 * How long one account at one address waits before its next sign-in attempt (OWASP's growing delays, no lockout).
 * The first {@code freeFailures} failures cost nothing; each one after doubles the wait, from {@code firstDelay} up to
 * {@code maxDelay}, counted from the last failure. An account or address under attack gets no free failures, but an
 * address that has not failed for the account is never made to wait: the owner elsewhere still gets in.
 */
record SignInBackoff(int freeFailures, Duration firstDelay, Duration maxDelay) {

    /** Zero when the attempt may be tried now. */
    Duration wait(int failures, Instant lastFailure, boolean underAttack, Instant now) {
        int free = underAttack ? 0 : freeFailures;
        if (failures == 0 || failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - Math.max(free, 1), 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        if (delay.compareTo(maxDelay) > 0) {
            delay = maxDelay;
        }
        Duration left = Duration.between(now, lastFailure.plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
