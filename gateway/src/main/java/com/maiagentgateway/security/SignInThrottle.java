package com.maiagentgateway.security;

import com.maiagentgateway.store.SignInFailures;
import com.maiagentgateway.store.SignInFailures.Count;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing, on the API's Basic sign-in and the console's alike, across every node (the counts are in
 * the shared database), without letting anyone lock an account out (OWASP Authentication Cheat Sheet).
 * <ul>
 * <li>One account at one address: 5 failures are free ({@code maiagent.sign-in.pair-limit}); after them each attempt
 * waits, 30 s doubling to 15 minutes ({@code ...first-delay-seconds}, {@code ...max-delay-seconds}) from the last
 * failure, and {@code Retry-After} says what is left.</li>
 * <li>An account failing 50 times from anywhere ({@code ...account-limit}), or an address failing 100 times over any
 * accounts ({@code ...source-limit}: offices share one), is under attack: its addresses get no free failures. But an
 * address that has not failed for the account is never refused, so the owner still gets in.</li>
 * </ul>
 * Counts are forgotten a window ({@code ...window-minutes}, 15) after their last failure.
 */
@ApplicationScoped
public class SignInThrottle {

    @Inject
    @ConfigProperty(name = "maiagent.sign-in.window-minutes", defaultValue = "15")
    long windowMinutes;

    @Inject
    @ConfigProperty(name = "maiagent.sign-in.pair-limit", defaultValue = "5")
    int pairLimit;

    @Inject
    @ConfigProperty(name = "maiagent.sign-in.source-limit", defaultValue = "100")
    int sourceLimit;

    @Inject
    @ConfigProperty(name = "maiagent.sign-in.account-limit", defaultValue = "50")
    int accountLimit;

    @Inject
    @ConfigProperty(name = "maiagent.sign-in.first-delay-seconds", defaultValue = "30")
    long firstDelaySeconds;

    @Inject
    @ConfigProperty(name = "maiagent.sign-in.max-delay-seconds", defaultValue = "900")
    long maxDelaySeconds;

    @Inject
    SignInFailures failures;

    @Inject
    Clock clock;

    /** Where a sign-in attempt stands before it is tried: refused, or allowed (knowing whether it had failed before). */
    public record Standing(String account, String source, boolean refused, boolean failedBefore, long retryAfterSeconds) {
    }

    private Duration window() {
        return Duration.ofMinutes(windowMinutes);
    }

    /** One query, whatever the outcome: the three counts of this attempt's subjects. */
    public Standing check(String account, String source) {
        Instant now = Instant.now(clock);
        Map<String, Count> counts = failures.within(List.of(pair(account, source), source(source), account(account)), now, window());
        Count pair = counts.getOrDefault(pair(account, source), Count.NONE);
        boolean underAttack = counts.getOrDefault(source(source), Count.NONE).failures() >= sourceLimit
                || counts.getOrDefault(account(account), Count.NONE).failures() >= accountLimit;
        Duration wait = new SignInBackoff(pairLimit, Duration.ofSeconds(firstDelaySeconds), Duration.ofSeconds(maxDelaySeconds))
                .wait(pair.failures(), pair.last(), underAttack, now);
        // Whole seconds, rounded up: an attempt made when Retry-After says is never refused for a fraction left.
        long retryAfter = wait.isZero() ? 0 : (wait.toMillis() + 999) / 1000;
        return new Standing(account, source, !wait.isZero(), pair.failures() > 0, retryAfter);
    }

    public void failed(Standing attempt) {
        Instant now = Instant.now(clock);
        failures.add(pair(attempt.account(), attempt.source()), now, window());
        failures.add(source(attempt.source()), now, window());
        failures.add(account(attempt.account()), now, window());
    }

    /** A success clears the pair's count (only written when there is one). */
    public void succeeded(Standing attempt) {
        if (attempt.failedBefore()) {
            failures.clear(pair(attempt.account(), attempt.source()));
        }
    }

    private static String pair(String account, String source) {
        return "pair:" + clip(account) + "@" + source;
    }

    private static String source(String source) {
        return "source:" + source;
    }

    private static String account(String account) {
        return "account:" + clip(account);
    }

    /** Names are bounded by the sign-in form, not by a Basic header: the subject column holds 400. */
    private static String clip(String account) {
        return account.length() > 200 ? account.substring(0, 200) : account;
    }
}
