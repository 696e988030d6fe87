package com.maiagentgateway.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.Accessibility;
import com.maiagentgateway.it.SignedInConsole;
import com.maiagentgateway.it.SimulatorClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The console in the browser's language (here Traditional Chinese, as a Taiwanese support desk's browsers are set),
 * switchable to Japanese and English, with {@code lang} on the page saying which, so screen readers and fonts follow.
 */
class LanguagesBrowserIT extends SignedInConsole {

    @Override
    protected boolean browserPerTest() {
        return true;
    }

    @Override
    protected String languages() {
        return "zh-TW,zh,en-US,en";
    }

    private String lang() {
        return browser.find(By.tagName("html")).getAttribute("lang");
    }

    private void choose(String tag) {
        browser.find(By.cssSelector(".languages a[data-lang='" + tag + "']")).click();
        browser.waitFor().until(d -> tag.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    @Test
    void theConsoleSpeaksTheBrowsersLanguageAndSwitchesOnRequest() {
        assertEquals("zh-TW", lang(), "signed in through a Chinese sign-in page into a Chinese console");
        assertEquals("對話", browser.text(By.id("nav-conversations")));

        // A word no conversation holds (other suites' conversations ask about hours, discounts...): the empty list.
        String nothing = "xyzzy" + Long.toHexString(System.nanoTime());
        browser.open(page("/console/conversations.xhtml?q=" + nothing));
        assertEquals("對話", browser.text(By.tagName("h1")));
        assertTrue(browser.text(By.id("list:conversations")).contains("沒有對話。"), "the empty list says so, in Chinese");
        String headers = browser.text(By.cssSelector("#list\\:conversations thead"));
        assertTrue(headers.contains("標題") && headers.contains("聯絡人") && headers.contains("最後活動"), headers);
        assertEquals("搜尋", browser.find(By.id("filters:search")).getText());
        for (Dimension size : List.of(new Dimension(1440, 900), new Dimension(390, 844))) {
            browser.driver().manage().window().setSize(size);
            browser.screenshot("zh-TW-" + size.getWidth() + "-conversations");
        }
        browser.driver().manage().window().setSize(new Dimension(1440, 900));
        WebElement current = browser.find(By.cssSelector(".languages a[aria-current='true']"));
        assertEquals("繁體中文", current.getText());
        assertEquals("zh-TW", current.getAttribute("lang"), "each language's name is marked in its own language");

        choose("ja");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/console/conversations.xhtml?q=" + nothing),
                "the switch comes back to the same page, its filters kept: " + browser.driver().getCurrentUrl());
        assertEquals("会話", browser.text(By.tagName("h1")));
        assertEquals(nothing, browser.find(By.id("filters:keyword")).getAttribute("value"));

        browser.open(page("/console/records.xhtml"));
        assertEquals("ja", lang(), "the choice holds on the next page");
        assertEquals("チャットボットのレコード", browser.text(By.tagName("h1")));
        assertEquals("過去 7 日", browser.find(By.id("filters:last7")).getText());
        browser.screenshot("ja-1440-records");

        choose("en");
        assertEquals("Chatbot records", browser.text(By.tagName("h1")));
    }

    @Test
    void messagesFromTheGatewayAndTheLiveAnswerAreInThePagesLanguageToo() {
        choose("ja");
        browser.open(page("/console/conversations.xhtml"));
        browser.find(By.cssSelector("#filters\\:inbox input.ui-selectonemenu-label")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "not-an-inbox");
        browser.find(By.id("filters:search")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("filters"), "受信箱 ID は UUID です。"));

        browser.open(page("/console/conversation.xhtml?id=" + SimulatorClient.seeded("conversation-5")));
        assertTrue(browser.find(By.id("send:message")).isDisplayed());
        String label = browser.text(By.cssSelector("label[for='send:message']"));
        assertTrue(label.contains("としてメッセージを送信"), "the composer says whom it posts as, in Japanese word order: " + label);
        browser.type(By.id("ask:question"), "営業時間は？");
        browser.find(By.id("ask:askButton")).click();
        browser.waitFor().withTimeout(Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("ask-status"), "回答が完了しました"));

        browser.find(By.id("send:sendButton")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("send"), "先にメッセージを書いてください。"));
    }

    @Test
    void aPageInEachLanguageHasNoSeriousAccessibilityViolation() {
        for (String tag : List.of("zh-TW", "ja")) {
            if (!tag.equals(lang())) {
                choose(tag);
            }
            browser.open(page("/console/records.xhtml"));
            assertEquals(List.of(), Accessibility.seriousViolations(browser.driver()), tag);
        }
    }
}
