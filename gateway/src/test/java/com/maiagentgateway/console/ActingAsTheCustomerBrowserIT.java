package com.maiagentgateway.console;

import static com.maiagentgateway.it.Http.as;
import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.DevUsers;
import com.maiagentgateway.it.EachTestOpensItsOwnPage;
import com.maiagentgateway.it.SignedInConsole;
import com.maiagentgateway.it.SimulatorClient;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * MaiAgent posts what the console sends into a conversation as that conversation's customer. The composer
 * says so; a chatbot question goes into the admin's own test conversation unless they choose the customer's.
 */
@EachTestOpensItsOwnPage
class ActingAsTheCustomerBrowserIT extends SignedInConsole {

    private final String conversation = SimulatorClient.seeded("conversation-4");

    private long messagesOf(String conversationId) {
        return json(send(as(request(gateway, "/api/v1/conversations/" + conversationId + "/messages?pageSize=1"), DevUsers.ADMIN)))
                .getJsonNumber("count").longValue();
    }

    private String ask(String question) {
        // The previous answer's status must not pass for this one's.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.getElementById('ask-status').textContent = '';");
        browser.type(By.id("ask:question"), question);
        browser.find(By.id("ask:askButton")).click();
        browser.waitFor().withTimeout(Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("ask-status"), "Answer complete"));
        return browser.text(By.id("ask-status"));
    }

    @Test
    void theComposerSaysWhoItPostsAsAndAQuestionGoesToATestConversationUnlessChosen() {
        String contact = json(send(as(request(gateway, "/api/v1/conversations/" + conversation), DevUsers.ADMIN)))
                .getJsonObject("contact").getString("name");
        browser.open(page("/console/conversation.xhtml?id=" + conversation));
        assertTrue(browser.text(By.cssSelector("label[for='send:message']")).contains("Message as " + contact));
        assertTrue(browser.text(By.id("send-hint")).contains("Records list it under their name"));

        long before = messagesOf(conversation);
        String status = ask("A test question from support");
        assertTrue(status.contains("your test conversation"), status);
        String testConversation = testConversationLinked();
        assertNotEquals(conversation, testConversation);
        assertEquals(before, messagesOf(conversation), "nothing reached the customer's conversation");
        assertTrue(messagesOf(testConversation) >= 2, "the question and its answer are in the test conversation");
        browser.screenshot("ask-in-test-conversation");

        ask("A follow-up in the same test conversation");
        assertEquals(testConversation, testConversationLinked(), "later questions continue the admin's test conversation");

        browser.find(By.cssSelector("#ask\\:inCustomersConversation .ui-chkbox-box")).click();
        status = ask("Asked in the customer's conversation, on purpose");
        assertTrue(status.contains("this customer's conversation"), status);
        assertTrue(messagesOf(conversation) > before, "chosen visibly, the question went into the customer's conversation");
    }

    private String testConversationLinked() {
        String href = browser.find(By.id("test-conversation")).getAttribute("href");
        return URLDecoder.decode(href.substring(href.indexOf("id=") + 3), StandardCharsets.UTF_8);
    }
}
