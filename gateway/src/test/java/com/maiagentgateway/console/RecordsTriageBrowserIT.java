package com.maiagentgateway.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.EachTestOpensItsOwnPage;
import com.maiagentgateway.it.SignedInConsole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Triage in Records at a desk (1440 px): the question and answer readable, every score's number shown in its band's
 * colour, a score column ranked lowest first, only the low or disliked on request (in the address), and the drawer
 * leading to the record's conversation.
 */
@EachTestOpensItsOwnPage
class RecordsTriageBrowserIT extends SignedInConsole {

    @Override
    protected String startPage() {
        return "/console/records.xhtml";
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    /** Each row: its relevancy cell's number and class, and the row's text; read in one look. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> scoredRows() {
        return (List<Map<String, Object>>) js("return [...document.querySelectorAll('#list\\\\:records tbody tr[data-ri]')].map(r => ({"
                + "scores: [...r.querySelectorAll('.score')].map(s => ({value: s.textContent.trim(), band: s.className})),"
                + "text: (k => { k.querySelectorAll('.ui-column-title').forEach(t => t.remove()); return k.textContent.replace(/\\s+/g, ' ').trim(); })(r.cloneNode(true))}));");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> scores(Map<String, Object> row) {
        return (List<Map<String, Object>>) row.get("scores");
    }

    private double relevancy(Map<String, Object> row) {
        String value = (String) scores(row).get(1).get("value");
        return value.isEmpty() ? Double.MAX_VALUE : Double.parseDouble(value);
    }

    @Test
    void aLeadCanReadRankAndFilterTheScoresAndReachTheConversation() {
        browser.driver().manage().window().setSize(new Dimension(1440, 900));
        browser.open(page("/console/records.xhtml"));
        browser.waitFor().until(d -> !scoredRows().isEmpty());

        Number question = (Number) js("var cells = document.querySelectorAll('#list\\\\:records tbody tr[data-ri] td.col-text');"
                + "return Math.min(...[...cells].map(c => c.getBoundingClientRect().width));");
        assertTrue(question.doubleValue() >= 200, "question and answer columns are readable at 1440 px: " + question);

        for (Map<String, Object> row : scoredRows()) {
            for (Map<String, Object> score : scores(row)) {
                String value = (String) score.get("value");
                String band = (String) score.get("band");
                if (value.isEmpty()) {
                    assertTrue(band.contains("score-none"), row.toString());
                } else {
                    double v = Double.parseDouble(value);
                    String expected = v < 0.5 ? "score-low" : v < 0.8 ? "score-fair" : "score-good";
                    assertTrue(band.contains(expected), value + " is " + expected + ", not " + band);
                    assertTrue(value.matches("\\d\\.\\d\\d"), "the number is always shown: " + value);
                }
            }
        }

        // Ranked: the relevancy column, lowest first, over the whole search, not the page.
        browser.find(By.cssSelector("#list\\:records th.col-score:nth-of-type(6)")).click();
        browser.waitFor().until(d -> "ascending".equals(browser.find(By.cssSelector("#list\\:records th.col-score:nth-of-type(6)"))
                .getAttribute("aria-sort")));
        browser.waitFor().until(d -> {
            List<Double> values = new ArrayList<>();
            scoredRows().forEach(row -> values.add(relevancy(row)));
            return !values.isEmpty() && values.equals(values.stream().sorted().toList());
        });
        double lowestShown = relevancy(scoredRows().get(0));

        // Only what needs attention, in the address: every row has a low score or a dislike.
        browser.find(By.id("filters:attentionOnly")).click();
        browser.find(By.id("filters:search")).click();
        browser.waitFor().until(d -> d.getCurrentUrl().contains("attention=low") && !scoredRows().isEmpty());
        List<Map<String, Object>> attention = scoredRows();
        for (Map<String, Object> row : attention) {
            boolean low = scores(row).stream().anyMatch(s -> ((String) s.get("band")).contains("score-low"));
            assertTrue(low || ((String) row.get("text")).contains("Disliked"), row.toString());
        }
        assertTrue(attention.stream().anyMatch(row -> relevancy(row) == lowestShown), "the lowest is among them");

        // The drawer is a dialog: Enter on the rows opens it with the focus inside, Tab stays inside, Esc closes it and the
        // focus returns to the row.
        js("document.querySelector('#list\\\\:records tbody[tabindex]').focus();"); // where Tab reaches the rows
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.waitFor().until(d -> Boolean.TRUE.equals(js("var a = document.activeElement; return !!a.closest('#detail.ui-sidebar-active');")));
        for (int tab = 0; tab < 8; tab++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            assertEquals(Boolean.TRUE, js("return !!document.activeElement.closest('#detail');"), "Tab stays in the drawer (" + tab + ")");
        }
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        browser.waitFor().until(d -> Boolean.TRUE.equals(js("return !document.querySelector('#detail.ui-sidebar-active');")));
        browser.waitFor().until(d -> Boolean.TRUE.equals(js("return document.activeElement.matches('#list\\\\:records tbody[tabindex]');")));
        // PrimeFaces' modal wraps Tab on a 1 ms timer, which can fire after an Esc sent at once: a focus landing in the
        // closed drawer that way goes back to the rows.
        Object focusStays = ((JavascriptExecutor) browser.driver()).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "PrimeFaces.widgets.detail.jq.find('.ui-sidebar-close, a[href]').first().focus(1);"
                + "setTimeout(() => done(document.activeElement.matches('#list\\\\:records tbody[tabindex]')), 50);");
        assertEquals(Boolean.TRUE, focusStays, "a late focus in the closed drawer goes back to the rows");

        // The drawer leads to the record's conversation.
        browser.find(By.cssSelector("#list\\:records tbody tr[data-ri] td.col-text")).click();
        // The drawer still shows what the Enter above opened until the click's answer replaces it: a link found just
        // before that is gone when read or clicked, so each is tried again on the new one (waitFor ignores stale).
        String link = browser.waitFor().until(d -> d.findElement(By.id("detail-question")).isDisplayed()
                ? d.findElement(By.cssSelector("#detail-conversation a")).getAttribute("href") : null);
        assertTrue(link.contains("/console/conversation.xhtml?id=") || link.contains("/console/conversations.xhtml?q="), link);
        browser.waitFor().until(d -> {
            d.findElement(By.cssSelector("#detail-conversation a")).click();
            return true;
        });
        browser.waitFor().until(d -> d.getCurrentUrl().contains("/console/conversation"));
        assertFalse(browser.driver().getCurrentUrl().contains("records"));
    }

    @Test
    void feedbackIsInThePagesLanguage() {
        browser.open(page("/console/records.xhtml?attention=low"));
        browser.waitFor().until(d -> !scoredRows().isEmpty());
        @SuppressWarnings("unchecked")
        List<String> feedback = (List<String>) js("return [...document.querySelectorAll('#list\\\\:records tbody td.col-feedback')]"
                + ".map(c => { var k = c.cloneNode(true); k.querySelectorAll('.ui-column-title').forEach(t => t.remove()); return k.textContent.trim(); })"
                + ".filter(t => t);");
        assertFalse(feedback.isEmpty(), "some of the low or disliked have feedback");
        assertTrue(feedback.stream().allMatch(text -> text.equals("Liked") || text.equals("Disliked")), "feedback in words: " + feedback);
        assertEquals(Boolean.TRUE, js("return document.getElementById('filters:attentionOnly').checked;"));
    }
}
