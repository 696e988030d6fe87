package com.maiagentgateway.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.EachTestOpensItsOwnPage;
import com.maiagentgateway.it.SignedInConsole;
import com.maiagentgateway.it.SimulatorClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A conversation at a desk (1440×900) shows a tall thread and the composer without scrolling, Attach and Send on one
 * line; on a phone (390 px) Attach says what it does instead of a bare "+".
 */
@EachTestOpensItsOwnPage
class ComposerLayoutBrowserIT extends SignedInConsole {

    @SuppressWarnings("unchecked")
    private Map<String, Object> layout() {
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(
                "var box = e => e.getBoundingClientRect(); var send = box(document.getElementById('send:sendButton'));"
                        + "var choose = document.querySelector('#attach .ui-fileupload-choose'); var attach = box(choose);"
                        + "return {viewport: window.innerHeight, thread: parseFloat(getComputedStyle(document.getElementById('thread-list')).maxHeight),"
                        + " threadNow: box(document.getElementById('thread-list')).height,"
                        + " sendTop: send.top, sendBottom: send.bottom, sendLeft: send.left, attachTop: attach.top, attachRight: attach.right,"
                        + " attachWords: choose.querySelector('.ui-button-text') ? choose.querySelector('.ui-button-text').getBoundingClientRect().width : 0,"
                        + " attachText: choose.textContent.trim()};");
    }

    private static double number(Map<String, Object> layout, String key) {
        return ((Number) layout.get(key)).doubleValue();
    }

    @Test
    void theComposerIsInViewBesideATallThreadAndAttachSaysWhatItDoes() {
        String conversation = page("/console/conversation.xhtml?id=" + SimulatorClient.seeded("conversation-5"));
        for (Dimension size : List.of(new Dimension(1440, 900), new Dimension(390, 844))) {
            browser.driver().manage().window().setSize(size);
            browser.open(conversation);
            // The size is the page's (the viewport), as the lead measured it, not the window's with its frame.
            long frame = size.getHeight() - ((Number) ((JavascriptExecutor) browser.driver()).executeScript("return window.innerHeight;")).longValue();
            browser.driver().manage().window().setSize(new Dimension(size.getWidth(), (int) (size.getHeight() + frame)));
            browser.open(conversation);
            browser.waitFor().until(d -> !d.findElements(By.cssSelector("#thread-list li.message")).isEmpty());
            Map<String, Object> at = layout();
            if (size.getWidth() == 1440) {
                // Even with a thread long enough to fill its box (this one may be shorter).
                double sendWithFullThread = number(at, "sendBottom") + number(at, "thread") - number(at, "threadNow");
                assertTrue(sendWithFullThread <= number(at, "viewport"), "Send in view without scrolling: " + sendWithFullThread + " " + at);
                assertTrue(number(at, "thread") >= 300, "the thread may be 300 px tall or more: " + at);
            }
            if (size.getWidth() == 1440) {
                assertTrue(Math.abs(number(at, "sendTop") - number(at, "attachTop")) < 12, size + ": Attach and Send on one line: " + at);
            }
            assertTrue(number(at, "attachRight") < number(at, "sendLeft"), size + ": Attach left of Send, not over it: " + at);
            assertTrue(number(at, "attachWords") > 40 && at.get("attachText").toString().length() > 3, size + ": Attach has its words: " + at);
            browser.screenshot("conversation-composer-" + size.getWidth());
        }
    }
}
