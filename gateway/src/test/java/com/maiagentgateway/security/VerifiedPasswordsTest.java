package com.maiagentgateway.security;

import com.maiagentgateway.it.SettableClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

    private static final List<String> ADMINS = List.of("group:MaiAgentGateway/maiagent-admin");

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-05T10:00:00Z"));

    private VerifiedPasswords kept(long seconds) {
        VerifiedPasswords passwords = new VerifiedPasswords();
        passwords.keptSeconds = seconds;
        passwords.clock = clock;
        return passwords;
    }

    @Test
    void anAcceptedPasswordIsRememberedForItsSecondsOnly() {
        VerifiedPasswords passwords = kept(30);
        BasicCredentials admin = new BasicCredentials("admin", "right");
        passwords.accepted(admin, "MaiAgentGateway", ADMINS);

        assertEquals("MaiAgentGateway", passwords.recentlyAccepted(new BasicCredentials("admin", "right")).realm());
        assertEquals(ADMINS, passwords.recentlyAccepted(admin).groups(), "a remembered call is named with the groups of its check");
        clock.advance(Duration.ofSeconds(29));
        assertNotNull(passwords.recentlyAccepted(admin));
        clock.advance(Duration.ofSeconds(1));
        assertNull(passwords.recentlyAccepted(admin), "30 s after the registry accepted it, it is asked again");
    }

    @Test
    void onlyTheSameUserAndPasswordAreRecognised() {
        VerifiedPasswords passwords = kept(30);
        passwords.accepted(new BasicCredentials("admin", "right"), "realm", ADMINS);

        assertNull(passwords.recentlyAccepted(new BasicCredentials("admin", "wrong")));
        assertNull(passwords.recentlyAccepted(new BasicCredentials("client", "right")));
        // user and password are kept apart in the digest: "ad"+"minright" is another caller
        assertNull(passwords.recentlyAccepted(new BasicCredentials("ad", "minright")));
    }

    @Test
    void zeroSecondsChecksEveryCall() {
        VerifiedPasswords passwords = kept(0);
        passwords.accepted(new BasicCredentials("admin", "right"), "realm", ADMINS);
        assertNull(passwords.recentlyAccepted(new BasicCredentials("admin", "right")));
    }

    @Test
    void noMoreThanTheMostAreKept() {
        VerifiedPasswords passwords = kept(30);
        for (int i = 0; i < VerifiedPasswords.MOST_KEPT; i++) {
            passwords.accepted(new BasicCredentials("user" + i, "p"), "realm", ADMINS);
        }
        passwords.accepted(new BasicCredentials("one-more", "p"), "realm", ADMINS);
        assertNull(passwords.recentlyAccepted(new BasicCredentials("one-more", "p")), "a full table keeps no more");
        clock.advance(Duration.ofSeconds(31));
        passwords.accepted(new BasicCredentials("one-more", "p"), "realm", ADMINS);
        assertNotNull(passwords.recentlyAccepted(new BasicCredentials("one-more", "p")), "ended entries make room");
    }

    @Test
    void aRememberedCallNamesTheSubjectMadeOnItsOwnCheckAndEachCheckMakesANewOne() {
        // A subject made on a remembered call has no groups on Open Liberty: it must reuse the one of its check.
        VerifiedPasswords passwords = kept(30);
        BasicCredentials admin = new BasicCredentials("admin", "right");

        VerifiedPasswords.Verified first = passwords.accepted(admin, "realm", ADMINS);
        assertEquals(first.subjectKey(), passwords.recentlyAccepted(admin).subjectKey());
        VerifiedPasswords.Verified second = passwords.accepted(admin, "realm", ADMINS);
        assertNotEquals(first.subjectKey(), second.subjectKey(), "a new check, a new subject (Liberty may have dropped the old)");
        assertEquals(second.subjectKey(), passwords.recentlyAccepted(admin).subjectKey());
    }
}
