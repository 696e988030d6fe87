package com.maiagentgateway.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.EachTestOpensItsOwnPage;
import com.maiagentgateway.it.SignedInConsole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Records as a support admin reads them: presets for dates, a calendar Esc closes, a detail drawer, an export named for its filter. */
@EachTestOpensItsOwnPage
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
    void theCalendarClosesWithEscape() throws InterruptedException {
        openRecords();
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        // The trigger works once PrimeFaces has set the widget up.
        browser.waitFor().until(d -> Boolean.TRUE.equals(page.executeScript(
                "return !!(window.PrimeFaces && PrimeFaces.widgets.startPicker && PrimeFaces.widgets.startPicker.triggerButton);")));
        WebElement trigger = browser.driver().findElement(By.cssSelector("#filters\\:start .ui-datepicker-trigger"));
        trigger.click();
        browser.waitFor().until(d -> calendarOpen(page));
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        browser.waitFor().until(d -> !calendarOpen(page));

        // Esc pressed while it is still opening (before the picker's panel takes focus) closes it too.
        page.executeScript("window.calendarOpened = false; var panel = document.getElementById('filters:start_panel');"
                + "new MutationObserver(function () { if (panel.style.display === 'block') { window.calendarOpened = true; } })"
                + ".observe(panel, {attributes: true});");
        new Actions(browser.driver()).click(trigger).sendKeys(Keys.ESCAPE).perform();
        browser.waitFor().withTimeout(Duration.ofSeconds(5)).until(d -> !calendarOpen(page));
        assertEquals(Boolean.TRUE, page.executeScript("return window.calendarOpened;"), "the second click opened it");

        // Focus alone does not open it over the buttons any more (its opening takes 150 ms: look after that).
        browser.driver().findElement(By.id("filters:start_input")).click();
        Thread.sleep(500);
        assertFalse(calendarOpen(page));
    }

    /** Laid out, whatever its opacity: the panel fades in and out, and a fading panel is still open. */
    private static boolean calendarOpen(JavascriptExecutor page) {
        return Boolean.TRUE.equals(page.executeScript(
                "var panel = document.getElementById('filters:start_panel'); return !!panel && getComputedStyle(panel).display !== 'none';"));
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
