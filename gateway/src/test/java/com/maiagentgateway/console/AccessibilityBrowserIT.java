package com.maiagentgateway.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.Accessibility;
import com.maiagentgateway.it.DevUsers;
import com.maiagentgateway.it.Http;
import com.maiagentgateway.it.EachTestOpensItsOwnPage;
import com.maiagentgateway.it.SignedInConsole;
import com.maiagentgateway.it.SimulatorClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every console page at a desk (1440 px) and on a phone (390 px): axe-core finds no serious or critical
 * WCAG 2.1 AA violation, and a screenshot of each is left in target/screenshots (the README shows some).
 * Keyboard: the first Tab lands on a skip link that leads to the page's content, and focus is visible.
 */
@EachTestOpensItsOwnPage
class AccessibilityBrowserIT extends SignedInConsole {

    private Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("overview", "/console/");
        pages.put("conversations", "/console/conversations.xhtml");
        pages.put("conversation", "/console/conversation.xhtml?id=" + SimulatorClient.seeded("conversation-3"));
        pages.put("attachments", "/console/attachments.xhtml?id=" + SimulatorClient.seeded("conversation-3"));
        pages.put("records", "/console/records.xhtml");
        pages.put("audit", "/console/audit.xhtml");
        pages.put("applications", "/console/applications.xhtml");
        pages.put("usage", "/console/usage.xhtml");
        pages.put("deliveries", "/console/deliveries.xhtml");
        pages.put("alerts", "/console/alerts.xhtml");
        return pages;
    }

    @Test
    void everyPageAtADeskAndOnAPhoneHasNoSeriousAccessibilityViolation() {
        List<String> found = new ArrayList<>();
        for (Dimension size : List.of(new Dimension(1440, 900), new Dimension(390, 844))) {
            browser.driver().manage().window().setSize(size);
            for (Map.Entry<String, String> page : pages().entrySet()) {
                browser.open(page(page.getValue()));
                browser.waitFor().until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
                browser.screenshot("walk-" + size.getWidth() + "-" + page.getKey());
                Accessibility.seriousViolations(browser.driver())
                        .forEach(v -> found.add(size.getWidth() + " px " + page.getKey() + ": " + v));
            }
        }
        assertEquals(List.of(), found);
    }

    /** With the dialogs open (the record drawer, Suspend's confirmation) and with errors shown where they happen. */
    @Test
    void theDialogsOpenAndTheErrorsShownHaveNoSeriousAccessibilityViolation() {
        List<String> found = new ArrayList<>();
        browser.driver().manage().window().setSize(new Dimension(1440, 900));

        browser.open(page("/console/records.xhtml"));
        browser.waitFor().until(d -> !rows("list:records").isEmpty());
        rows("list:records").get(0).findElement(By.cssSelector("td.col-text")).click();
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("detail-question")));
        Accessibility.seriousViolations(browser.driver()).forEach(v -> found.add("record drawer: " + v));

        String name = "axe-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = Http.send(Http.as(Http.request(gateway, "/api/v1/admin/applications"), DevUsers.ADMIN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"" + name + "\",\"owner\":\"o\",\"contact\":\"c@example.com\",\"operations\":[\"read\"]}")));
        assertEquals(201, created.statusCode(), created::body);
        browser.open(page("/console/applications.xhtml"));
        browser.find(By.cssSelector("button[aria-label='Suspend " + name + "']")).click();
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        Accessibility.seriousViolations(browser.driver()).forEach(v -> found.add("suspend confirmation: " + v));

        browser.open(page("/console/conversation.xhtml?id=" + SimulatorClient.seeded("conversation-3")));
        browser.find(By.id("send:sendButton")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("send"), "Write a message first"));
        Accessibility.seriousViolations(browser.driver()).forEach(v -> found.add("composer error: " + v));

        browser.open(page("/console/conversations.xhtml"));
        browser.find(By.cssSelector("#filters\\:inbox input.ui-selectonemenu-label")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "not-an-inbox");
        browser.find(By.id("filters:search")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("filters"), "UUID"));
        Accessibility.seriousViolations(browser.driver()).forEach(v -> found.add("refused filter: " + v));
        assertEquals(List.of(), found);
    }

    @Test
    void theSignInPageHasNoSeriousAccessibilityViolation() {
        browser.open(page("/console/"));
        browser.find(By.id("signOutForm:signOut")).click();
        browser.waitFor().until(d -> d.findElements(By.id("signIn:user")).size() == 1);
        browser.screenshot("walk-1280-sign-in");
        assertEquals(List.of(), Accessibility.seriousViolations(browser.driver()));
    }

    @Test
    void theFirstTabReachesASkipLinkToTheContentAndFocusIsVisible() {
        browser.open(page("/console/conversations.xhtml"));
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.driver().switchTo().activeElement();
        assertEquals("Skip to content", focused.getText());
        String outline = focused.getCssValue("outline-style");
        assertTrue(!"none".equals(outline), "focus is visible: outline " + outline);
        focused.sendKeys(Keys.ENTER);
        WebElement target = browser.driver().switchTo().activeElement();
        assertEquals("content", target.getAttribute("id"), "the skip link moves focus to the content");
    }
}
