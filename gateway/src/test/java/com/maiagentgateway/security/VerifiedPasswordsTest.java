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

    private static final String HERE = "192.0.2.10";

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
        passwords.accepted(admin, HERE, "MaiAgentGateway", ADMINS);

        assertEquals("MaiAgentGateway", passwords.recentlyAccepted(new BasicCredentials("admin", "right"), HERE).realm());
        assertEquals(ADMINS, passwords.recentlyAccepted(admin, HERE).groups(), "a remembered call is named with the groups of its check");
        clock.advance(Duration.ofSeconds(29));
        assertNotNull(passwords.recentlyAccepted(admin, HERE));
        clock.advance(Duration.ofSeconds(1));
        assertNull(passwords.recentlyAccepted(admin, HERE), "30 s after the registry accepted it, it is asked again");
    }

    @Test
    void onlyTheSameUserAndPasswordAreRecognised() {
        VerifiedPasswords passwords = kept(30);
        passwords.accepted(new BasicCredentials("admin", "right"), HERE, "realm", ADMINS);

        assertNull(passwords.recentlyAccepted(new BasicCredentials("admin", "wrong"), HERE));
        assertNull(passwords.recentlyAccepted(new BasicCredentials("client", "right"), HERE));
        // user and password are kept apart in the digest: "ad"+"minright" is another caller
        assertNull(passwords.recentlyAccepted(new BasicCredentials("ad", "minright"), HERE));
    }

    @Test
    void aPasswordIsRememberedForTheAddressItCameFromOnly() {
        // A remembered call skips the throttle: a guesser elsewhere must not, whoever else uses the password now.
        VerifiedPasswords passwords = kept(30);
        BasicCredentials admin = new BasicCredentials("admin", "right");
        passwords.accepted(admin, HERE, "realm", ADMINS);

        assertNotNull(passwords.recentlyAccepted(admin, HERE));
        assertNull(passwords.recentlyAccepted(admin, "192.0.2.11"));
        // address and user are kept apart in the digest too
        assertNull(passwords.recentlyAccepted(new BasicCredentials("0admin", "right"), "192.0.2.1"));
    }

    @Test
    void zeroSecondsChecksEveryCall() {
        VerifiedPasswords passwords = kept(0);
        passwords.accepted(new BasicCredentials("admin", "right"), HERE, "realm", ADMINS);
        assertNull(passwords.recentlyAccepted(new BasicCredentials("admin", "right"), HERE));
    }

    @Test
    void noMoreThanTheMostAreKept() {
        VerifiedPasswords passwords = kept(30);
        for (int i = 0; i < VerifiedPasswords.MOST_KEPT; i++) {
            passwords.accepted(new BasicCredentials("user" + i, "p"), HERE, "realm", ADMINS);
        }
        passwords.accepted(new BasicCredentials("one-more", "p"), HERE, "realm", ADMINS);
        assertNull(passwords.recentlyAccepted(new BasicCredentials("one-more", "p"), HERE), "a full table keeps no more");
        clock.advance(Duration.ofSeconds(31));
        passwords.accepted(new BasicCredentials("one-more", "p"), HERE, "realm", ADMINS);
        assertNotNull(passwords.recentlyAccepted(new BasicCredentials("one-more", "p"), HERE), "ended entries make room");
    }

    @Test
    void aRememberedCallNamesTheSubjectMadeOnItsOwnCheckAndEachCheckMakesANewOne() {
        // A subject made on a remembered call has no groups on Open Liberty: it must reuse the one of its check.
        VerifiedPasswords passwords = kept(30);
        BasicCredentials admin = new BasicCredentials("admin", "right");

        VerifiedPasswords.Verified first = passwords.accepted(admin, HERE, "realm", ADMINS);
        assertEquals(first.subjectKey(), passwords.recentlyAccepted(admin, HERE).subjectKey());
        VerifiedPasswords.Verified second = passwords.accepted(admin, HERE, "realm", ADMINS);
        assertNotEquals(first.subjectKey(), second.subjectKey(), "a new check, a new subject (Liberty may have dropped the old)");
        assertEquals(second.subjectKey(), passwords.recentlyAccepted(admin, HERE).subjectKey());
    }
}
