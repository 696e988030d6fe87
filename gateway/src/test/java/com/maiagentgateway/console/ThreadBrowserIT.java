package com.maiagentgateway.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.EachTestOpensItsOwnPage;
import com.maiagentgateway.it.SignedInConsole;
import com.maiagentgateway.it.SimulatorClient;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A thread that works like a chat: opens at the newest, sends without reloading, answers can be stopped and survive a reload. */
@EachTestOpensItsOwnPage
class ThreadBrowserIT extends SignedInConsole {

    private final String conversation = SimulatorClient.seeded("conversation-5");

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    private void openThread() {
        browser.open(page("/console/conversation.xhtml?id=" + conversation));
        browser.waitFor().until(d -> !d.findElements(By.cssSelector("#thread-list li.message")).isEmpty());
    }

    @Test
    void theThreadOpensAtItsNewestAndASendKeepsThePageAndTheFocus() {
        openThread();
        Boolean newestInView = (Boolean) js("var list = document.getElementById('thread-list'); var last = list.lastElementChild;"
                + "var l = list.getBoundingClientRect(), m = last.getBoundingClientRect();"
                + "return m.bottom <= l.bottom + 1 && m.top >= l.top - 1 && m.top < window.innerHeight;");
        assertTrue(newestInView, "the newest message is in view");
        assertEquals("polite", browser.find(By.id("thread-list")).getAttribute("aria-live"), "new messages are announced");

        js("window.notReloaded = true;");
        String text = "Sent without leaving the page " + System.nanoTime();
        browser.type(By.id("send:message"), text);
        browser.find(By.id("send:sendButton")).click();
        browser.waitFor().withTimeout(Duration.ofSeconds(40)).until(d -> d.findElements(By.cssSelector("#thread-list li.message .text")).stream()
                .anyMatch(e -> e.getText().equals(text)));
        assertEquals(Boolean.TRUE, js("return window.notReloaded === true;"), "the page was not reloaded");
        WebElement composer = browser.find(By.id("send:message"));
        assertEquals("", composer.getAttribute("value"));
        assertEquals(composer, browser.driver().switchTo().activeElement(), "the focus stays in the composer");
        assertTrue(browser.text(By.id("messages")).contains("Message sent"));
    }

    @Test
    void aReloadInTheMiddleOfAnAnswerKeepsTheQuestionAndStopEndsIt() {
        openThread();
        String question = "Will this survive a reload?";
        browser.type(By.id("ask:question"), question);
        browser.find(By.id("ask:askButton")).click();
        browser.waitFor().until(d -> !d.findElement(By.id("ask-reply")).getText().isBlank());
        assertTrue(browser.driver().getCurrentUrl().contains("ask="), browser.driver().getCurrentUrl());
        assertEquals("ask:question", browser.driver().switchTo().activeElement().getAttribute("id"),
                "after Ask the focus is back in the question, not at the top of the page");

        browser.driver().navigate().refresh();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("ask-question"), question));
        browser.waitFor().withTimeout(Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("ask-status"), "Answer complete"));
        assertTrue(!browser.text(By.id("ask-reply")).isBlank());

        browser.type(By.id("ask:question"), "A long answer to stop");
        browser.find(By.id("ask:askButton")).click();
        browser.waitFor().until(d -> !d.findElement(By.id("ask-reply")).getText().isBlank()
                && d.findElement(By.id("ask-status")).getText().contains("answering"));
        browser.find(By.id("ask:stopButton")).click();
        browser.waitFor().withTimeout(Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("ask-status"), "Stopped"));
        String stoppedAt = browser.text(By.id("ask-reply"));
        browser.waitFor().withTimeout(Duration.ofSeconds(3)).pollingEvery(Duration.ofMillis(500)).until(d -> true);
        assertEquals(stoppedAt, browser.text(By.id("ask-reply")), "nothing more arrives once stopped");
    }

    @Test
    void aConversationIsStartedFromTheConsoleAndGetsItsFirstMessage() {
        browser.open(page("/console/conversations.xhtml"));
        browser.find(By.id("start:startConversation")).click();
        browser.waitFor().until(ExpectedConditions.urlMatches("conversation\\.xhtml\\?.*\\bid="));
        assertTrue(browser.text(By.id("messages")).contains("Conversation started"), browser.text(By.id("messages")));
        String text = "First words of a new conversation";
        browser.type(By.id("send:message"), text);
        browser.find(By.id("send:sendButton")).click();
        browser.waitFor().withTimeout(Duration.ofSeconds(40)).until(d -> d.findElements(By.cssSelector("#thread-list li.message .text")).stream()
                .anyMatch(e -> e.getText().equals(text)));
    }

    @Test
    void aFileAddedInTheComposerGoesWithTheMessageAndTheLimitsShowBeforeChoosing(@TempDir Path temp) throws Exception {
        openThread();
        String limits = browser.text(By.id("attach-limits"));
        assertTrue(limits.matches("(?s)MaiAgent accepts: .*\\.pdf.* up to \\d+(\\.\\d)? MB.*"), limits);

        Path pdf = temp.resolve("見積書.pdf");
        try (InputStream in = getClass().getResourceAsStream("/com/maiagentgateway/simulator/seed-invoice.pdf")) {
            Files.copy(in, pdf);
        }
        browser.driver().findElement(By.cssSelector("#attach input[type=file]")).sendKeys(pdf.toString());
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("send:pending"), "見積書.pdf"));

        String text = "Here is the quote " + System.nanoTime();
        browser.type(By.id("send:message"), text);
        browser.find(By.id("send:sendButton")).click();
        browser.waitFor().withTimeout(Duration.ofSeconds(40)).until(d -> d.findElements(By.cssSelector("#thread-list li.message")).stream()
                .anyMatch(e -> e.getText().contains(text) && e.getText().contains("見積書.pdf")));
        assertEquals("", browser.driver().findElement(By.id("send:pending")).getText(), "the composer starts empty again");

        browser.driver().navigate().refresh();
        browser.waitFor().until(d -> d.findElements(By.cssSelector("#thread-list li.message")).stream()
                .anyMatch(e -> e.getText().contains(text) && !e.findElements(By.cssSelector(".attachments a")).isEmpty()
                        && e.findElement(By.cssSelector(".attachments a")).getText().equals("見積書.pdf")));
    }

    @Test
    void aMessagesPassagesAndScoresOpenOnRequest() {
        openThread();
        WebElement detail = browser.driver().findElements(By.cssSelector("#thread-list details.message-detail")).stream().findFirst()
                .orElseThrow(() -> new AssertionError("a seeded answer with citations shows its passages on request"));
        assertTrue(detail.findElement(By.cssSelector(".passage")).getText().isEmpty(), "closed until asked");
        detail.findElement(By.tagName("summary")).click();
        String opened = detail.getText();
        assertTrue(opened.matches("(?s).*Passages and scores \\(1\\).*\\.(pdf|docx) · p\\. 2 · score 0\\.83 \\(83/100\\).*"), opened);
        assertTrue(!detail.findElement(By.cssSelector(".passage")).getText().isBlank(), "the passage itself is shown");
    }
}
