package com.maiagentgateway.console;

import static com.maiagentgateway.it.Http.as;
import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.DevUsers;
import com.maiagentgateway.it.EventStream;
import com.maiagentgateway.it.EachTestOpensItsOwnPage;
import com.maiagentgateway.it.SignedInConsole;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The webhook delivery log as an operator uses it when "the reply never came": a conversation's deliveries (stored,
 * duplicate, refused with the reason), the node that took each and the listeners reached; and a stored reply pushed
 * again reaches a stream that had missed it, audited.
 */
@EachTestOpensItsOwnPage
class DeliveriesBrowserIT extends SignedInConsole {

    private HttpResponse<String> deliver(String body) {
        return send(request(gateway, "/webhooks/maiagent?secret=" + DevUsers.webhookSecret())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String delivery(String messageId, String conversation) {
        return "{" + (messageId == null ? "" : "\"id\":\"" + messageId + "\",") + "\"conversation\":\"" + conversation
                + "\",\"sender\":{\"id\":789,\"name\":\"AI\",\"avatar\":null},\"type\":\"outgoing\",\"content\":\"delivered\","
                + "\"feedback\":null,\"created_at\":\"1748314926000\",\"attachments\":[],\"citations\":[]}";
    }

    private EventStream replies(String conversation, String lastEventId) {
        HttpRequest.Builder request = as(request(gateway, "/api/v1/conversations/" + conversation + "/replies"), DevUsers.CLIENT);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return EventStream.open(request);
    }

    /** The text of the log's rows as they are now (read in one script: an ajax answer may redraw them meanwhile). */
    @SuppressWarnings("unchecked")
    private List<String> rowTexts() {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('#list\\\\:deliveries tbody tr[data-ri]')).map(r => r.textContent);");
    }

    private String cellText(int row, String cell) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript("return document.querySelectorAll("
                + "'#list\\\\:deliveries tbody tr[data-ri]')[arguments[0]].querySelector(arguments[1]).textContent.trim()", row, cell));
    }

    @Test
    void aConversationsDeliveriesShowWhatBecameOfEachAndAStoredReplyCanBePushedAgain() throws Exception {
        String conversation = UUID.randomUUID().toString();
        String messageId = UUID.randomUUID().toString();
        String stored;
        try (EventStream listening = replies(conversation, null)) {
            assertEquals(200, deliver(delivery(messageId, conversation)).statusCode());
            EventStream.Event reply = listening.next("reply", Duration.ofSeconds(10));
            assertNotNull(reply, "the open stream got the reply");
            stored = reply.id();
        }
        assertEquals(200, deliver(delivery(messageId, conversation)).statusCode(), "the same delivery again: a duplicate");
        assertEquals(400, deliver(delivery(null, conversation)).statusCode(), "no message id: refused");

        browser.open(page("/console/deliveries.xhtml"));
        browser.type(By.id("filters:conversation"), conversation);
        browser.find(By.id("filters:search")).click();
        browser.waitFor().until(d -> rowTexts().size() == 3);
        List<String> rows = rowTexts();
        assertTrue(rows.get(0).contains("Refused") && rows.get(0).contains("needs an id and a conversation"), rows.get(0));
        assertTrue(rows.get(1).contains("Duplicate") && rows.get(1).contains(messageId), rows.get(1));
        assertTrue(rows.get(2).contains("Stored") && rows.get(2).contains(messageId), rows.get(2));
        String node = cellText(2, ".node");
        assertTrue(!node.isBlank(), "the node that took it is named");
        assertEquals(node + ": 1", cellText(2, ".pushes"), "pushed by that node to the one open stream");
        browser.screenshot("console-deliveries");

        // A stream that has already been past this reply (it resumed after it) gets it only when it is pushed again.
        try (EventStream missedIt = replies(conversation, stored)) {
            assertNull(missedIt.next("reply", Duration.ofMillis(500)));
            browser.driver().findElements(By.cssSelector("#list\\:deliveries tbody tr[data-ri] .push-again")).get(0).click();
            browser.waitFor().until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                    "return (document.getElementById('messages') || {}).textContent || ''")).contains("Pushed again"));
            EventStream.Event again = missedIt.next("reply", Duration.ofSeconds(10));
            assertNotNull(again, "pushed again to the open stream");
            assertEquals(messageId, again.json().getString("id"));
        }
        try {
            browser.waitFor().until(d -> rowTexts().size() == 3 && cellText(2, ".pushes")
                    // (at least the stream that missed it: the one closed earlier may not have been noticed gone yet)
                    .matches(java.util.regex.Pattern.quote(node + ": 1, " + node + ": ") + "[12] \\(again\\)"));
        } catch (org.openqa.selenium.TimeoutException notShown) {
            throw new AssertionError("the push again is listed: " + rowTexts(), notShown);
        }

        HttpResponse<String> audit = send(as(request(gateway, "/api/v1/audit?action=" + URLEncoder.encode("webhook.push-again", StandardCharsets.UTF_8)
                + "&pageSize=5"), DevUsers.ADMIN));
        assertEquals(200, audit.statusCode(), audit::body);
        assertTrue(json(audit).getJsonArray("items").stream().anyMatch(e -> e.asJsonObject().toString().contains(stored)),
                "the push again is in the audit trail: " + audit.body());
    }

    @Test
    void anInvalidConversationFilterIsNamed() {
        browser.open(page("/console/deliveries.xhtml"));
        browser.type(By.id("filters:conversation"), "not-a-conversation");
        browser.find(By.id("filters:search")).click();
        browser.waitFor().until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                "return document.getElementById('filters').textContent")).contains("Enter a conversation id"));
    }
}
