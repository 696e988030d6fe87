package com.maiagentgateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of alerts that need no server: which addresses fit their kind, the levels' text, the waits between tries. */
class AlertRulesTest {

    @Test
    void anAddressMustFitItsKind() {
        assertNull(new AlertRecipientInput("email", "ops@example.com").addressProblem());
        assertNull(new AlertRecipientInput("email", " ops.team+alerts@mail.example.co.jp ").addressProblem());
        for (String wrong : List.of("ops", "ops@localhost", "Ops <ops@example.com>", "a@b@example.com", "ops@example.com, x@example.com")) {
            assertEquals("email", new AlertRecipientInput("email", wrong).addressProblem(), wrong);
        }
        assertNull(new AlertRecipientInput("webhook", "https://ops.example.com/alerts?team=1").addressProblem());
        assertNull(new AlertRecipientInput("webhook", "http://127.0.0.1:8080/alerts").addressProblem());
        for (String wrong : List.of("ftp://example.com/a", "javascript:alert(1)", "https://user:pw@example.com/a", "example.com/alerts", "https:///nohost", "http://exa mple.com")) {
            assertEquals("url", new AlertRecipientInput("webhook", wrong).addressProblem(), wrong);
        }
    }

    @Test
    void levelsAreReadSortedOnceEach() {
        assertEquals(List.of(50, 80, 100), Alerts.parseLevels("100, 80,50,80"));
        assertEquals(List.of(80), Alerts.parseLevels("0,80,101"));
    }

    @Test
    void aFailingRecipientIsAskedAgainLaterEachTimeAtMostHourly() {
        AlertSender sender = new AlertSender();
        sender.retrySeconds = 30;
        assertEquals(Duration.ofSeconds(30), sender.wait(1));
        assertEquals(Duration.ofSeconds(60), sender.wait(2));
        assertEquals(Duration.ofSeconds(240), sender.wait(4));
        assertEquals(Duration.ofHours(1), sender.wait(9));
        assertEquals(Duration.ofHours(1), sender.wait(60));
    }
}
