package com.maiagentgateway.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.EachTestOpensItsOwnPage;
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
@EachTestOpensItsOwnPage
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
        // Compact rows: a page of 20 is not 6,000 px (each row was about 500 px with every column a labelled line).
        Number tallest = (Number) js("return Math.max(...[...document.querySelectorAll('#list\\\\:conversations tbody tr[data-ri]')]"
                + ".map(r => r.getBoundingClientRect().height));");
        assertTrue(tallest.doubleValue() <= 220, "the tallest conversation row on a phone: " + tallest + " px");
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
        // Each calendar's button sits beside its field, not under it.
        for (String picker : List.of("filters:start", "filters:end")) {
            Number drop = (Number) js("var p = document.getElementById(arguments[0]);"
                    + "return Math.abs(p.querySelector('button').getBoundingClientRect().top - p.querySelector('input').getBoundingClientRect().top);", picker);
            assertTrue(drop.doubleValue() < 6, picker + "'s button is " + drop + " px off its field's line");
        }
        browser.screenshot("phone-records");
    }
}
