package com.maiagentgateway.console;

import static com.maiagentgateway.it.Http.as;
import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.DevUsers;
import com.maiagentgateway.it.SignedInConsole;
import com.maiagentgateway.it.SimulatorClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The overview at a glance: conversations and messages per day per inbox, scores over time, likes against dislikes, the worst answers. */
class OverviewBrowserIT extends SignedInConsole {

    @Override
    protected String startPage() {
        return "/console/";
    }


    private static final String MESSAGES_CHART = "countMessages:messagesChart";

    /** The sum of every value a chart on the page draws (null while the chart is not drawn). */
    private Double drawn(String chartId) {
        Object sum = ((JavascriptExecutor) browser.driver()).executeScript(
                "var e = document.getElementById(arguments[0]), c = e && e.querySelector('canvas') && Chart.getChart(e.querySelector('canvas'));"
                        + "return c ? c.data.datasets.flatMap(d => d.data).filter(v => v != null).reduce((a, b) => a + b, 0) : null;", chartId);
        return sum == null ? null : ((Number) sum).doubleValue();
    }

    @Test
    void theOverviewDrawsTheLastTwoWeeksAndLinksTheWorstAnswers() {
        browser.waitFor().until(d -> drawn("conversationsChart") != null && drawn("scoresChart") != null && drawn("feedbackChart") != null);
        assertTrue(drawn("conversationsChart") > 0, "conversations started in the seeded two weeks");
        assertTrue(drawn("scoresChart") > 0, "scored records");
        String scores = (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "return [...document.querySelectorAll('#scores-this-week tbody th')].map(t => t.textContent.trim()).join('|');");
        assertEquals("Faithfulness|Answer relevancy|Context precision|Answer correctness|Answer similarity|Context recall", scores,
                "the six scores, each a row to read");
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

    /** The sum over every series of a chart's days from {@code from} to before {@code to} (indexes into its 14 days). */
    private long sumOfDays(String chartId, int from, int to) {
        Object sum = ((JavascriptExecutor) browser.driver()).executeScript(
                "var c = Chart.getChart(document.getElementById(arguments[0]).querySelector('canvas'));"
                        + "return c.data.datasets.flatMap(d => d.data.slice(arguments[1], arguments[2])).reduce((a, b) => a + (b || 0), 0);",
                chartId, from, to);
        return ((Number) sum).longValue();
    }

    private String figure(String id, String part) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.querySelector('#' + arguments[0] + ' .' + arguments[1]).textContent.trim();", id, part);
    }

    /**
     * The first thing on the page is a headline: this week's conversations, liked share, relevancy and failed answers,
     * each with its change on the week before said in words and an arrow, the colour only repeating it. The
     * conversations figure is the chart's last 7 days, and the week before is its first 7.
     */
    @Test
    void theHeadlineSaysThisWeekAgainstTheWeekBefore() {
        browser.waitFor().until(d -> drawn("conversationsChart") != null);
        long thisWeek = sumOfDays("conversationsChart", 7, 14);
        long weekBefore = sumOfDays("conversationsChart", 0, 7);
        assertEquals(String.valueOf(thisWeek), figure("headline-conversations", "figure-value"));
        String change = figure("headline-conversations", "figure-change");
        if (thisWeek == weekBefore) {
            assertEquals("the same as the week before (" + weekBefore + ")", change);
        } else {
            assertTrue(change.startsWith(thisWeek > weekBefore ? "▲ +" : "▼ -") && change.endsWith("on the week before (" + weekBefore + ")"), change);
            String tone = browser.find(By.id("headline-conversations")).getAttribute("class");
            assertTrue(tone.contains(thisWeek > weekBefore ? "good" : "bad"), "more conversations read as good news: " + tone);
        }
        for (String id : List.of("headline-liked", "headline-relevancy", "headline-failed")) {
            assertFalse(figure(id, "figure-value").isEmpty(), id);
            assertTrue(figure(id, "figure-change").matches("[▲▼] [+-].* on the week before \\(.+\\)|the same as the week before \\(.+\\)"
                    + "|nothing to compare with the week before"), id + ": " + figure(id, "figure-change"));
        }
        assertTrue(figure("headline-liked", "figure-value").matches("\\d+%|—"), figure("headline-liked", "figure-value"));
        assertEquals(figure("headline-relevancy", "figure-value"), (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.querySelector('#score-1 td.number').textContent.trim();"), "the headline's relevancy is the scores table's");
        assertTrue(browser.find(By.id("overview-user")).getText().equals(DevUsers.ADMIN.user()), "who is signed in, said under the figures");
        browser.screenshot("overview-headline");
    }

    /** Today's value of one series of a chart (its last day), or null while the chart or series is not drawn. */
    private Long today(String chartId, String series) {
        Object value = ((JavascriptExecutor) browser.driver()).executeScript(
                "var e = document.getElementById(arguments[0]), c = e && e.querySelector('canvas') && Chart.getChart(e.querySelector('canvas'));"
                        + "var d = c && c.data.datasets.find(s => s.label === arguments[1]);"
                        + "return d ? d.data[d.data.length - 1] : null;", chartId, series);
        return value == null ? null : ((Number) value).longValue();
    }

    /** Asks for a count now (the test server counts only when asked) and waits for the chart it draws. */
    private void countNow() {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('messages').innerHTML = '';");
        browser.find(By.id("countMessages:countNow")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Messages counted."));
        browser.waitFor().until(d -> today(MESSAGES_CHART, "Web chat") != null);
    }

    @Test
    void messagesPerDayPerInboxAreTheMessagesMaiAgentHas() {
        countNow();
        assertTrue(drawn(MESSAGES_CHART) > 0, "the seeded two weeks have messages");
        assertTrue(browser.text(By.id("messages-counted")).matches("(?s)Counted by the gateway from MaiAgent's message lists when asked\\. Last count: .+"),
                browser.text(By.id("messages-counted")));
        long before = today(MESSAGES_CHART, "Web chat");

        // A completion in a new conversation of the web chat's inbox: the question and the answer, two messages.
        HttpResponse<String> asked = send(as(request(gateway, "/api/v1/chatbots/" + SimulatorClient.SUPPORT_BOT + "/completions"), DevUsers.CLIENT)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"message\":{\"content\":\"How many messages today?\"}}")));
        assertEquals(200, asked.statusCode(), asked::body);

        countNow();
        assertTrue(browser.text(By.id("messages")).contains("Messages counted. Conversations with new messages: 1."), browser.text(By.id("messages")));
        assertEquals(before + 2, today(MESSAGES_CHART, "Web chat"), "exactly the question and the answer added");
        countNow();
        assertEquals(before + 2, today(MESSAGES_CHART, "Web chat"), "counting again adds nothing");
        browser.screenshot("overview-messages");
    }

    @Test
    void aWorstAnswerLeadsToTheConversationItWasGivenIn() {
        browser.waitFor().until(d -> !d.findElements(By.cssSelector("#worst li")).isEmpty());
        WebElement first = browser.driver().findElements(By.cssSelector("#worst li")).get(0);
        String question = first.findElement(By.cssSelector("a.worst-link")).getText();
        assertEquals("可以用比特幣付款嗎？", question, "the seeded poorly answered question is the worst");
        first.findElement(By.cssSelector("a.worst-conversation")).click();
        browser.waitFor().until(d -> d.getCurrentUrl().contains("conversation.xhtml?id="));
        browser.waitFor().until(d -> d.getPageSource().contains("我們的客服時間為週一至週五"));
        assertTrue(browser.driver().getPageSource().contains(question), "the thread holds the question");
        assertTrue(browser.driver().getPageSource().contains("張家豪"), "the record's sender is the conversation's contact");
    }
}
