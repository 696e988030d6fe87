package com.maiagentgateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Passwords the server's registry accepted from an address in the last seconds (30 by default), so the next API
 * calls of that user from that address skip the registry's check and the sign-in throttle's count. Kept: the
 * SHA-256 of user, password and address, the realm and the groups the registry named, and the key under which Open
 * Liberty keeps the subject it made on that check; never the password. The address is in the key because a
 * remembered call skips the throttle: an address that has just proved the password learns nothing from it, while
 * a guesser elsewhere is still counted and slowed, whoever else is using the password right now.
 * A call that skips the check names that key and those groups: Liberty reuses the subject if it has it, and if it
 * has not (dropped after its {@code authCache} timeout, or not yet stored while the check's own request is still on
 * its way) makes the same one. Only successes are kept, so a wrong password is always checked (and throttled, and
 * audited). A password changed or a user removed in the registry is still accepted until its entry ends: at most
 * those seconds ({@code maiagent.security.verified-password-seconds}; 0 checks every call). Per node on purpose:
 * each node asks its own registry, and an entry lives seconds.
 */
@ApplicationScoped
public class VerifiedPasswords {

    /** More callers than this at once and no more are kept: the registry checks the rest, as before. */
    static final int MOST_KEPT = 10_000;

    /**
     * Who the registry accepted, in which realm and groups (Open Liberty's group ids, as its check named them),
     * until when, and the subject made on that acceptance.
     */
    record Verified(String user, String realm, List<String> groups, Instant until, String subjectKey) {
    }

    @Inject
    @ConfigProperty(name = "maiagent.security.verified-password-seconds", defaultValue = "30")
    long keptSeconds;

    @Inject
    Clock clock;

    /** Per node: see the class comment. */
    private final Map<String, Verified> recent = new ConcurrentHashMap<>();

    /** What the registry named when it last accepted this user and password from this address, if recent enough; else null. */
    Verified recentlyAccepted(BasicCredentials credentials, String source) {
        if (keptSeconds <= 0) {
            return null;
        }
        String key = digest(credentials, source);
        Verified verified = recent.get(key);
        if (verified == null) {
            return null;
        }
        if (!clock.instant().isBefore(verified.until())) {
            recent.remove(key, verified);
            return null;
        }
        return verified;
    }

    /** The registry just accepted these credentials from this address: what is kept of it, or null when nothing is. */
    Verified accepted(BasicCredentials credentials, String source, String realm, List<String> groups) {
        if (keptSeconds <= 0) {
            return null;
        }
        Instant now = clock.instant();
        if (recent.size() >= MOST_KEPT) {
            recent.values().removeIf(v -> !now.isBefore(v.until()));
            if (recent.size() >= MOST_KEPT) {
                return null;
            }
        }
        Verified kept = new Verified(credentials.user(), realm, List.copyOf(groups), now.plus(Duration.ofSeconds(keptSeconds)),
                "basic:" + credentials.user() + ":" + UUID.randomUUID());
        recent.put(digest(credentials, source), kept);
        return kept;
    }

    private static String digest(BasicCredentials credentials, String source) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(source.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(credentials.user().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return java.util.HexFormat.of().formatHex(sha.digest(credentials.password().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
