package com.maiagentgateway.security;

import com.maiagentgateway.store.SignInFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing, on the API's Basic sign-in and the console's alike, across every node
 * (the counts are in the shared database). Within a window ({@code maiagent.sign-in.window-minutes}, 15):
 * 5 failures of one account from one address ({@code ...pair-limit}), 100 from one address
 * ({@code ...source-limit}: offices share one), or 50 of one account from anywhere
 * ({@code ...account-limit}), and the attempt is refused until the window ends. The pair limit is
 * the low one, so a stranger guessing an admin's password rarely locks the admin out.
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
        java.util.Map<String, Integer> counts = failures.within(
                java.util.List.of(pair(account, source), source(source), account(account)), Instant.now(clock), window());
        int pair = counts.getOrDefault(pair(account, source), 0);
        boolean refused = pair >= pairLimit || counts.getOrDefault(source(source), 0) >= sourceLimit
                || counts.getOrDefault(account(account), 0) >= accountLimit;
        return new Standing(account, source, refused, pair > 0, window().toSeconds());
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
