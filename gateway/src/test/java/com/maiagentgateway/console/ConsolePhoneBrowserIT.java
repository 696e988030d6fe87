package com.maiagentgateway.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.SignedInConsole;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The console on a phone (390 px wide): nothing runs off screen, a conversation can be opened, Records keeps its text. */
class ConsolePhoneBrowserIT extends SignedInConsole {

    @BeforeEach
    void holdItLikeAPhone() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    private void assertNothingRunsOffScreen(String where) {
        long overflow = ((Number) js("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
        assertTrue(overflow <= 0, where + ": the page is " + overflow + " px wider than the phone");
        for (WebElement link : browser.driver().findElements(By.cssSelector(".nav a, .who *"))) {
            double right = ((Number) js("return arguments[0].getBoundingClientRect().right", link)).doubleValue();
            assertTrue(right <= 390, where + ": '" + link.getText() + "' ends at " + right + " px");
        }
    }

    private double width(WebElement element) {
        return ((Number) js("return arguments[0].getBoundingClientRect().width", element)).doubleValue();
    }

    @Test
    void aConversationCanBeFoundAndOpenedOnAPhone() {
        browser.open(page("/console/conversations.xhtml"));
        assertNothingRunsOffScreen("Conversations");
        List<WebElement> links = browser.driver().findElements(By.cssSelector("#list\\:conversations a.conversation-link"));
        assertTrue(!links.isEmpty());
        WebElement first = links.get(0);
        assertTrue(first.isDisplayed() && width(first) >= 100, "the title is readable: " + width(first) + " px");
        browser.screenshot("phone-conversations");
        String title = first.getText();
        first.click();
        browser.waitFor().until(ExpectedConditions.titleContains(title));
        assertNothingRunsOffScreen("a conversation");
        browser.screenshot("phone-conversation");
    }

    @Test
    void recordsKeepTheirQuestionAndAnswerOnAPhone() {
        browser.open(page("/console/records.xhtml"));
        browser.waitFor().until(d -> !d.findElements(By.cssSelector("#list\\:records tbody tr[data-ri]")).isEmpty());
        assertNothingRunsOffScreen("Records");
        WebElement row = browser.driver().findElements(By.cssSelector("#list\\:records tbody tr[data-ri]")).get(0);
        String text = row.getText();
        assertTrue(text.contains("Question") && text.contains("Answer"), "each value is labelled: " + text);
        for (WebElement cell : row.findElements(By.cssSelector("td"))) {
            if (cell.getText().startsWith("Question") || cell.getText().startsWith("Answer")) {
                assertTrue(width(cell) >= 250, cell.getText() + " is " + width(cell) + " px wide");
            }
        }
        browser.screenshot("phone-records");
    }
}
