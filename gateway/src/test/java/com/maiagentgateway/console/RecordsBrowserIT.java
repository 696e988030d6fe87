package com.maiagentgateway.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.SignedInConsole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Records as a support admin reads them: presets for dates, a calendar Esc closes, a detail drawer, an export named for its filter. */
class RecordsBrowserIT extends SignedInConsole {

    private void openRecords() {
        browser.open(page("/console/records.xhtml"));
        browser.waitFor().until(d -> !rows("list:records").isEmpty());
    }

    @Test
    void aPresetPutsItsDaysInTheAddress() {
        openRecords();
        browser.find(By.id("filters:last7")).click();
        LocalDate today = LocalDate.now();
        browser.waitFor().until(ExpectedConditions.urlContains("from=" + today.minusDays(6)));
        assertTrue(browser.driver().getCurrentUrl().contains("to=" + today), browser.driver().getCurrentUrl());

        browser.find(By.id("filters:lastMonth")).click();
        LocalDate first = today.withDayOfMonth(1).minusMonths(1);
        browser.waitFor().until(ExpectedConditions.urlContains("from=" + first));
        assertTrue(browser.driver().getCurrentUrl().contains("to=" + today.withDayOfMonth(1).minusDays(1)));
    }

    @Test
    void theCalendarClosesWithEscape() {
        openRecords();
        By panel = By.id("filters:start_panel");
        // PrimeFaces builds the panel when it first opens, and the trigger works once the widget is set up.
        for (int tries = 0; tries < 5 && !shown(panel); tries++) {
            browser.driver().findElement(By.cssSelector("#filters\\:start .ui-datepicker-trigger")).click();
            try {
                browser.waitFor().withTimeout(Duration.ofSeconds(3)).until(d -> shown(panel));
            } catch (org.openqa.selenium.TimeoutException notYet) {
                // the widget was not set up yet: click again
            }
        }
        assertTrue(shown(panel), "the calendar opens from its button");
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        browser.waitFor().until(d -> !shown(panel));
        // Focus alone does not open it over the buttons any more.
        browser.driver().findElement(By.id("filters:start_input")).click();
        assertFalse(shown(panel));
    }

    private boolean shown(By by) {
        return browser.driver().findElements(by).stream().anyMatch(WebElement::isDisplayed);
    }

    @Test
    void aRowOpensItsWholeQuestionAnswerAndSixScores() {
        openRecords();
        WebElement row = rows("list:records").get(0);
        row.findElements(By.tagName("td")).get(1).click();
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("detail-question")));
        assertFalse(browser.text(By.id("detail-question")).isBlank());
        assertFalse(browser.text(By.id("detail-answer")).isBlank());
        List<WebElement> scores = browser.driver().findElements(By.cssSelector("#detail-scores dt"));
        assertEquals(6, scores.size());
        browser.screenshot("records-detail");
    }

    @Test
    void theSixScoresAreAveragedOverTheFilterOnRequest() {
        openRecords();
        browser.find(By.id("filters:average")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("averages"), "Averages over"));
        String averages = browser.text(By.id("averages"));
        assertTrue(averages.matches("(?s)Averages over the filter \\(records read: \\d+\\):.*Faithfulness:?\\s*(0|1)(\\.\\d+)?\\s.*Context recall.*"),
                averages);
    }

    @Test
    void theExportIsNamedForItsFilter() throws Exception {
        openRecords();
        browser.find(By.id("filters:last7")).click();
        browser.waitFor().until(ExpectedConditions.urlContains("from="));
        browser.waitFor().until(d -> !rows("list:records").isEmpty());
        browser.find(By.id("filters:export")).click();
        Path file = browser.waitFor().withTimeout(Duration.ofSeconds(30)).until(d -> finished(browser.downloads()));
        String name = file.getFileName().toString();
        LocalDate today = LocalDate.now();
        assertTrue(name.startsWith("records_") && name.contains(today.minusDays(6) + "_" + today) && name.endsWith(".xlsx"), name);
    }

    private static Path finished(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".crdownload") && !f.getFileName().toString().startsWith("."))
                    .findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
