package com.maiagentgateway.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.EachTestOpensItsOwnPage;
import com.maiagentgateway.it.SignedInConsole;
import com.maiagentgateway.it.SimulatorClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An admin's own test asks land in MaiAgent as an "API user" conversation and a record like any customer's; the
 * inbox, Records and the Overview leave them out unless the address says tests=shown, and then mark them.
 */
@EachTestOpensItsOwnPage
class TestAsksBrowserIT extends SignedInConsole {

    private String text(String id) {
        Object found = ((JavascriptExecutor) browser.driver()).executeScript(
                "var e = document.getElementById(arguments[0]); return e ? e.textContent.replace(/\\s+/g, ' ').trim() : null;", id);
        return (String) found;
    }

    /** Each row's text and whether it bears the test mark, read in one look (ajax may redraw the table between reads). */
    @SuppressWarnings("unchecked")
    private List<String> markedRows(String tableId) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return [...document.querySelectorAll('#' + arguments[0].replace(':', '\\\\:') + ' tbody tr[data-ri]')]"
                        + ".map(r => { var k = r.cloneNode(true); k.querySelectorAll('.ui-column-title').forEach(t => t.remove());"
                        + " return (r.querySelector('.test-mark') ? 'TEST ' : '') + k.textContent.replace(/\\s+/g, ' ').trim(); });", tableId);
    }

    @Test
    void anAdminsTestAskIsLeftOutOfTheInboxRecordsAndOverviewUntilAsked() {
        String question = "Console test ask " + System.nanoTime();
        browser.open(page("/console/conversation.xhtml?id=" + SimulatorClient.seeded("conversation-5")));
        browser.type(By.id("ask:question"), question);
        browser.find(By.id("ask:askButton")).click();
        browser.waitFor().withTimeout(Duration.ofSeconds(40))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("ask-status"), "Answer complete"));
        String words = URLEncoder.encode(question, StandardCharsets.UTF_8);

        // The inbox: MaiAgent lists the ask's conversation (titled by the question); the console leaves it out and says so.
        browser.open(page("/console/conversations.xhtml?q=" + words));
        browser.waitFor().until(d -> text("list:leftOut") != null && !text("list:leftOut").isEmpty());
        assertEquals("1 of the admins' own test asks on this page left out.", text("list:leftOut"));
        assertTrue(markedRows("list:conversations").isEmpty(), markedRows("list:conversations").toString());
        browser.find(By.id("filters:testsShown")).click();
        browser.find(By.id("filters:search")).click();
        browser.waitFor().until(d -> d.getCurrentUrl().contains("tests=shown") && markedRows("list:conversations").size() == 1);
        assertTrue(markedRows("list:conversations").get(0).startsWith("TEST ") && markedRows("list:conversations").get(0).contains(question.substring(0, 20)),
                markedRows("list:conversations").toString());
        assertEquals("", text("list:leftOut"));

        // Records: MaiAgent recorded the ask like any other question.
        browser.open(page("/console/records.xhtml?user=" + words));
        browser.waitFor().until(d -> text("list:leftOut") != null && !text("list:leftOut").isEmpty());
        assertEquals("1 of the admins' own test asks on this page left out.", text("list:leftOut"));
        assertTrue(markedRows("list:records").isEmpty(), markedRows("list:records").toString());
        browser.open(page("/console/records.xhtml?tests=shown&user=" + words));
        browser.waitFor().until(d -> markedRows("list:records").size() == 1);
        assertTrue(markedRows("list:records").get(0).contains(question) && markedRows("list:records").get(0).startsWith("TEST "),
                markedRows("list:records").toString());
        assertTrue(browser.find(By.id("filters:testsShown")).isSelected(), "the box says what the address does");

        // The Overview: its figures leave the tests out, say how many, and count them on request.
        browser.open(page("/console/"));
        browser.waitFor().until(d -> text("overview-tests") != null);
        assertTrue(text("overview-tests").matches("Left out of these figures: [1-9]\\d* of the admins' own test conversations and records\\. Include them"),
                text("overview-tests"));
        browser.find(By.linkText("Include them")).click();
        browser.waitFor().until(d -> d.getCurrentUrl().contains("tests=shown") && text("overview-tests") != null
                && text("overview-tests").startsWith("These figures include"));
    }
}
