package com.maiagentgateway.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.SignedInConsole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The overview at a glance: conversations per day per inbox, scores over time, likes against dislikes, the worst answers. */
class OverviewBrowserIT extends SignedInConsole {

    /** The sum of every value a chart on the page draws (null while the chart is not drawn). */
    private Double drawn(String chartId) {
        Object sum = ((JavascriptExecutor) browser.driver()).executeScript(
                "var c = Chart.getChart(document.querySelector('#' + arguments[0] + ' canvas'));"
                        + "return c ? c.data.datasets.flatMap(d => d.data).filter(v => v != null).reduce((a, b) => a + b, 0) : null;", chartId);
        return sum == null ? null : ((Number) sum).doubleValue();
    }

    @Test
    void theOverviewDrawsTheLastTwoWeeksAndLinksTheWorstAnswers() {
        browser.waitFor().until(d -> drawn("conversationsChart") != null && drawn("scoresChart") != null && drawn("feedbackChart") != null);
        assertTrue(drawn("conversationsChart") > 0, "conversations started in the seeded two weeks");
        assertTrue(drawn("scoresChart") > 0, "scored records");
        browser.waitFor().until(d -> drawn("allScoresChart") != null);
        Object series = ((JavascriptExecutor) browser.driver()).executeScript(
                "return Chart.getChart(document.querySelector('#allScoresChart canvas')).data.datasets.map(d => d.label).join('|');");
        assertTrue("Faithfulness|Answer relevancy|Context precision|Answer correctness|Answer similarity|Context recall".equals(series),
                "the six scores over time: " + series);
        assertTrue(drawn("allScoresChart") > 0);
        assertTrue(browser.text(By.id("like-share")).matches("\\d+% liked \\(\\d+ of \\d+\\)|no feedback"), browser.text(By.id("like-share")));
        assertTrue(browser.driver().findElements(By.id("overview-failures")).isEmpty(), "nothing failed to load");
        browser.screenshot("overview-dashboard");

        List<WebElement> worst = browser.driver().findElements(By.cssSelector("#worst a.worst-link"));
        assertFalse(worst.isEmpty());
        worst.get(0).click();
        browser.waitFor().until(ExpectedConditions.titleContains("Chatbot records"));
        assertTrue(browser.driver().getCurrentUrl().contains("user="), browser.driver().getCurrentUrl());
        browser.waitFor().until(d -> !rows("list:records").isEmpty());
    }
}
