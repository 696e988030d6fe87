package com.maiagentgateway.console;

import static com.maiagentgateway.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.SignedInConsole;
import com.maiagentgateway.it.SimulatorClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The console when things go wrong, as a support admin meets it in Chromium: MaiAgent failing is said
 * (not shown as "no data"), what was listed stays with a retry; a bad inbox id is named, not ignored;
 * signing in again while signed in just goes on; and text is drawn from text fonts, not the emoji font.
 */
class ConsoleFailuresBrowserIT extends SignedInConsole {

    @AfterEach
    void disarm() {
        send(new SimulatorClient(gateway).at("/control/faults/").DELETE());
        // A call MaiAgent answers, so the banner of the suites after this one reads MaiAgent's last answer as a success.
        send(com.maiagentgateway.it.Http.as(com.maiagentgateway.it.Http.request(gateway, "/api/v1/conversations?inbox=" + SimulatorClient.WEB_INBOX
                + "&pageSize=1"), com.maiagentgateway.it.DevUsers.ADMIN));
    }

    /** The banner follows what MaiAgent answered last, not only its own check (which a failing MaiAgent may still pass). */
    @Test
    void whileMaiAgentsListsFailTheBannerSaysSoNotReachable() {
        maiAgentFails("conversations", 3); // one console load, tried three times (more would open the breaker for the suites after)
        browser.open(page("/console/conversations.xhtml"));
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#list .load-failure")));
        browser.open(page("/console/applications.xhtml"));
        assertEquals("MaiAgent is failing: the check answers, but the last call was answered busy or unavailable (HTTP 502–504).",
                browser.text(By.id("reachability")));
        assertTrue(browser.find(By.id("reachability")).getAttribute("class").contains("failing"));
        browser.screenshot("console-banner-maiagent-failing");

        disarm();
        browser.open(page("/console/conversations.xhtml"));
        assertEquals(20, rows("list:conversations").size());
        browser.open(page("/console/applications.xhtml"));
        assertEquals("MaiAgent is reachable", browser.text(By.id("reachability")), "MaiAgent answered again");
    }

    /** The next {@code times} answers of a simulator endpoint fail with 503: one console load and its retries. */
    private void maiAgentFails(String endpoint, int times) {
        HttpResponse<String> armed = send(SimulatorClient.json(new SimulatorClient(gateway).at("/control/faults/"),
                "{\"endpoint\":\"" + endpoint + "\",\"fault\":\"status=503\",\"times\":" + times + "}"));
        assertEquals(201, armed.statusCode(), armed::body);
    }

    @Test
    void whenMaiAgentFailsATableSaysSoKeepsWhatItShowedAndRetries() {
        browser.open(page("/console/conversations.xhtml"));
        assertEquals(20, rows("list:conversations").size());
        String firstTitle = rows("list:conversations").get(0).findElement(By.cssSelector("a.conversation-link")).getText();

        maiAgentFails("conversations", 3);
        browser.find(By.cssSelector("#list\\:conversations .ui-paginator-next")).click();
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#list .load-failure")));
        String failure = browser.text(By.cssSelector("#list .load-failure"));
        assertTrue(failure.contains("Conversations could not be listed") && failure.contains("MaiAgent is busy or unavailable"), failure);
        assertTrue(failure.contains("what was listed at"), failure);
        assertEquals(firstTitle, rows("list:conversations").get(0).findElement(By.cssSelector("a.conversation-link")).getText(),
                "what was listed stays on screen");
        browser.screenshot("console-conversations-maiagent-down");

        browser.find(By.cssSelector("#list .retry")).click();
        browser.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#list .load-failure")));
        assertEquals(20, rows("list:conversations").size());

        maiAgentFails("records", 3);
        browser.open(page("/console/records.xhtml"));
        String recordsFailure = browser.text(By.cssSelector("#list .load-failure"));
        assertTrue(recordsFailure.contains("Records could not be listed"), recordsFailure);
        assertTrue(browser.text(By.id("list:records")).contains("Nothing to show: the records could not be listed."));
        assertFalse(browser.text(By.id("list:records")).contains("No records in that range."), "not dressed up as no data");
        browser.screenshot("console-records-maiagent-down");
    }

    /** A new search is a new page: when MaiAgent fails it, the previous search's rows stay on screen, said to be those. */
    @Test
    void aNewSearchMaiAgentFailsKeepsThePreviousListOnScreen() {
        browser.open(page("/console/conversations.xhtml"));
        assertEquals(20, rows("list:conversations").size());
        String firstTitle = rows("list:conversations").get(0).findElement(By.cssSelector("a.conversation-link")).getText();

        maiAgentFails("conversations", 3);
        browser.type(By.id("filters:keyword"), "refund");
        browser.find(By.id("filters:search")).click();
        browser.waitFor().until(ExpectedConditions.urlContains("refund"));
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#list .load-failure")));
        String failure = browser.text(By.cssSelector("#list .load-failure"));
        assertTrue(failure.contains("Conversations could not be listed") && failure.contains("what your previous search listed at"), failure);
        assertEquals(20, rows("list:conversations").size(), "the list on screen is not blanked");
        assertEquals(firstTitle, rows("list:conversations").get(0).findElement(By.cssSelector("a.conversation-link")).getText());
        browser.screenshot("console-new-search-maiagent-down");
    }

    @Test
    void aMessageMaiAgentRefusesAndARefusedFileAreSaidBesideTheComposer(@TempDir Path temp) throws Exception {
        browser.open(page("/console/conversation.xhtml?id=" + SimulatorClient.seeded("conversation-5")));
        browser.waitFor().until(d -> !d.findElements(By.cssSelector("#thread-list li.message")).isEmpty());

        maiAgentFails("messages", 1);
        String text = "Are you open on Sunday? " + System.nanoTime();
        browser.type(By.id("send:message"), text);
        browser.find(By.id("send:sendButton")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("send"), "The message was not sent"));
        String said = textNow("send");
        assertTrue(said.contains("MaiAgent is busy or unavailable"), said);
        assertFalse(textNow("messages").contains("not sent"), "said where the admin is looking, not at the page's top");
        assertEquals(text, browser.find(By.id("send:message")).getAttribute("value"), "the text is kept for another try");
        browser.screenshot("console-send-failed-beside-composer");

        Path program = temp.resolve("setup.exe");
        Files.writeString(program, "MZ not a document");
        browser.driver().findElement(By.cssSelector("#attach input[type=file]")).sendKeys(program.toString());
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("attach"), "setup.exe"));
        assertFalse(textNow("messages").contains("setup.exe"));
        assertFalse(textNow("send:pending").contains("setup.exe"), "nothing waits to be sent");
        browser.screenshot("console-file-refused-beside-composer");
    }

    /** An element's text as it is now: ajax answers draw these again, so a found element can go stale before it is read. */
    private String textNow(String id) {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("var e = document.getElementById(arguments[0]); return e ? e.textContent : '';", id));
    }

    @Test
    void anInvalidInboxIdIsNamedAndTheOldListGoes() {
        browser.open(page("/console/conversations.xhtml"));
        assertEquals(20, rows("list:conversations").size());
        WebElement inbox = browser.find(By.cssSelector("#filters\\:inbox input.ui-selectonemenu-label"));
        inbox.sendKeys(Keys.chord(Keys.CONTROL, "a"), "not-an-inbox");
        browser.find(By.id("filters:search")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("filters"), "An inbox id is a UUID."));
        assertTrue(rows("list:conversations").isEmpty(), "the other inbox's conversations are not left on screen");
        assertTrue(browser.text(By.id("list")).contains("Correct the filters above"));
        browser.screenshot("console-conversations-bad-inbox");
    }

    /** What the list shows is what its address says: after Back and after reload, the search box and the list agree. */
    @Test
    void aSearchIsInTheAddressSoBackAndReloadKeepIt() {
        browser.open(page("/console/conversations.xhtml"));
        String title = rows("list:conversations").get(0).findElement(By.cssSelector("a.conversation-link")).getText();
        browser.type(By.id("filters:keyword"), title);
        browser.find(By.id("filters:search")).click();
        browser.waitFor().until(d -> d.getCurrentUrl().contains("q="));
        String searched = browser.driver().getCurrentUrl();
        assertFilteredBy(title);

        rows("list:conversations").get(0).findElement(By.cssSelector("a.conversation-link")).click();
        browser.waitFor().until(ExpectedConditions.titleContains(title));
        browser.driver().navigate().back();
        browser.waitFor().until(ExpectedConditions.titleContains("Conversations"));
        assertEquals(searched, browser.driver().getCurrentUrl());
        assertFilteredBy(title);

        browser.driver().navigate().refresh();
        assertFilteredBy(title);
        browser.open(searched);
        assertFilteredBy(title);
    }

    @Test
    void recordFiltersAreInTheAddressToo() {
        browser.open(page("/console/records.xhtml"));
        browser.waitFor().until(d -> !rows("list:records").isEmpty());
        browser.type(By.id("filters:userText"), "no question says this 4f1a");
        browser.find(By.id("filters:search")).click();
        browser.waitFor().until(d -> d.getCurrentUrl().contains("user=no+question"));
        String searched = browser.driver().getCurrentUrl();
        assertTrue(searched.contains("from=") && searched.contains("to=") && searched.contains("chatbot="), searched);
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:records"), "No records in that range."));

        browser.driver().navigate().refresh();
        assertEquals("no question says this 4f1a", browser.find(By.id("filters:userText")).getAttribute("value"));
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:records"), "No records in that range."));
        browser.open(searched.replaceAll("&user=[^&]*", ""));
        browser.waitFor().until(d -> !rows("list:records").isEmpty());
    }

    private void assertFilteredBy(String keyword) {
        browser.waitFor().until(d -> !rows("list:conversations").isEmpty());
        assertEquals(keyword, browser.find(By.id("filters:keyword")).getAttribute("value"), "the search box");
        assertEquals(keyword, rows("list:conversations").get(0).findElement(By.cssSelector("a.conversation-link")).getText(),
                "the list is the search's");
    }

    @Test
    void signingInAgainWhileSignedInGoesOnWithTheSession() {
        browser.open(page("/console/conversations.xhtml"));
        browser.open(page("/login.xhtml"));
        signInOnThePage();
        browser.open(page("/console/conversations.xhtml"));
        browser.waitFor().until(ExpectedConditions.titleContains("Conversations"));
        assertEquals(20, rows("list:conversations").size());
    }

    /** Fonts Chromium really drew a table cell's text with (DevTools' CSS.getPlatformFontsForNode). */
    @Test
    void digitsAndSpacesAreDrawnFromATextFontNotTheEmojiFont() {
        browser.open(page("/console/conversations.xhtml"));
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("DOM.enable", Map.of());
        chrome.executeCdpCommand("CSS.enable", Map.of());
        Object root = ((Map<?, ?>) chrome.executeCdpCommand("DOM.getDocument", Map.of("depth", 0))).get("root");
        Object rootId = ((Map<?, ?>) root).get("nodeId");
        for (String selector : List.of("#list\\:conversations tbody tr:first-child td:nth-child(6)", "#list\\:conversations .ui-paginator-current",
                "#list\\:conversations thead th:first-child")) {
            Object nodeId = chrome.executeCdpCommand("DOM.querySelector", Map.of("nodeId", rootId, "selector", selector)).get("nodeId");
            List<?> fonts = (List<?>) chrome.executeCdpCommand("CSS.getPlatformFontsForNode", Map.of("nodeId", nodeId)).get("fonts");
            assertFalse(fonts.isEmpty(), selector + " has text");
            for (Object font : fonts) {
                String family = String.valueOf(((Map<?, ?>) font).get("familyName"));
                assertFalse(family.toLowerCase().contains("emoji"), () -> selector + " drawn with " + fonts + "; its font-family: "
                        + chrome.executeScript("return getComputedStyle(document.querySelector(arguments[0])).fontFamily", selector));
            }
        }
    }
}
