package com.maiagentgateway.console;

import static com.maiagentgateway.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.Browser;
import com.maiagentgateway.it.CallingTheGateway;
import com.maiagentgateway.it.DevUsers;
import com.maiagentgateway.it.SimulatorClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
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
class ConsoleFailuresBrowserIT extends CallingTheGateway {

    Browser browser;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            browser.screenshot("FAILED-" + context.getRequiredTestMethod().getName());
        }
    };

    @BeforeEach
    void signIn() {
        browser = new Browser();
        browser.open(page("/console/"));
        signInOnThePage();
    }

    private void signInOnThePage() {
        browser.type(By.id("signIn:user"), DevUsers.ADMIN.user());
        browser.type(By.id("signIn:password"), DevUsers.ADMIN.password());
        browser.find(By.id("signIn:submit")).click();
        browser.waitFor().until(ExpectedConditions.titleContains("Overview"));
    }

    @AfterEach
    void closeBrowser() {
        send(new SimulatorClient(gateway).at("/control/faults/").DELETE());
        browser.close();
    }

    private String page(String path) {
        return gateway.toExternalForm().replaceAll("/+$", "") + path;
    }

    private List<WebElement> rows(String tableId) {
        return browser.driver().findElements(By.cssSelector("#" + tableId.replace(":", "\\:") + " tbody tr[data-ri]"));
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
