package com.maiagentgateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Passwords the server's registry accepted in the last seconds (30 by default), so a registry user's
 * next API calls skip the registry's check. Kept: the SHA-256 of user and password, and the realm the
 * registry named; never the password. Only successes are kept, so a wrong password is always checked
 * (and throttled, and audited). A password changed or a user removed in the registry is still accepted
 * until its entry ends: at most those seconds ({@code maiagent.security.verified-password-seconds};
 * 0 checks every call). Per node on purpose: each node asks its own registry, and an entry lives seconds.
 */
@ApplicationScoped
public class VerifiedPasswords {

    /** More callers than this at once and no more are kept: the registry checks the rest, as before. */
    static final int MOST_KEPT = 10_000;

    /** Who the registry accepted, in which realm, until when. */
    record Verified(String user, String realm, Instant until) {
    }

    @Inject
    @ConfigProperty(name = "maiagent.security.verified-password-seconds", defaultValue = "30")
    long keptSeconds;

    @Inject
    Clock clock;

    /** Per node: see the class comment. */
    private final Map<String, Verified> recent = new ConcurrentHashMap<>();

    /** The realm the registry named when it last accepted this user and password, if that was recent enough; else null. */
    Verified recentlyAccepted(BasicCredentials credentials) {
        if (keptSeconds <= 0) {
            return null;
        }
        String key = digest(credentials);
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

    /** The registry just accepted these credentials. */
    void accepted(BasicCredentials credentials, String realm) {
        if (keptSeconds <= 0) {
            return;
        }
        Instant now = clock.instant();
        if (recent.size() >= MOST_KEPT) {
            recent.values().removeIf(v -> !now.isBefore(v.until()));
            if (recent.size() >= MOST_KEPT) {
                return;
            }
        }
        recent.put(digest(credentials), new Verified(credentials.user(), realm, now.plus(Duration.ofSeconds(keptSeconds))));
    }

    private static String digest(BasicCredentials credentials) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(credentials.user().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return java.util.HexFormat.of().formatHex(sha.digest(credentials.password().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
