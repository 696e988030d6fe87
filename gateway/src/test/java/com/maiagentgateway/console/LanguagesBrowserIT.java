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
    protected boolean freshSessionPerTest() {
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

    /** What leaked English into 繁體中文: a full stop after a time, feedback, audit outcomes and action ids. */
    @Test
    void theOverviewRecordsAndAuditTrailSayNoEnglishInChinese() {
        browser.open(page("/console/"));
        browser.waitFor().until(d -> !d.findElement(By.id("messages-counted")).getText().isBlank());
        String counted = browser.text(By.id("messages-counted"));
        assertTrue(!counted.matches("(?s).*[^\\x00-\\x7F]\\..*"), "no English full stop after Chinese words: " + counted);

        browser.open(page("/console/records.xhtml?attention=low"));
        browser.waitFor().until(d -> !d.findElements(By.cssSelector("#list\\:records tbody td.col-feedback")).isEmpty());
        List<String> feedback = browser.driver().findElements(By.cssSelector("#list\\:records tbody td.col-feedback")).stream()
                .map(td -> td.getText().replace("回饋", "").trim()).filter(t -> !t.isEmpty()).toList();
        assertTrue(!feedback.isEmpty() && feedback.stream().allMatch(t -> t.equals("喜歡") || t.equals("不喜歡")), feedback.toString());

        browser.open(page("/console/audit.xhtml"));
        browser.waitFor().until(d -> !d.findElements(By.cssSelector("#list\\:entries tbody span.audit-action")).isEmpty());
        String entries = browser.text(By.id("list:entries"));
        assertTrue(!entries.contains("SUCCESS") && !entries.contains("console.sign-in"), "outcomes and actions by name: " + entries);
        assertTrue(entries.contains("主控台登入") && entries.contains("成功"), entries);
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

    /** A file the composer refuses is said in the page's language, its size limit in megabytes as the hint says it. */
    @Test
    void aRefusedFileIsSaidInThePagesLanguageWithItsLimitInMegabytes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) throws Exception {
        browser.open(page("/console/conversation.xhtml?id=" + SimulatorClient.seeded("conversation-5")));
        browser.waitFor().until(d -> !d.findElements(By.cssSelector("#thread-list li.message")).isEmpty());

        java.nio.file.Path program = temp.resolve("setup.exe");
        java.nio.file.Files.writeString(program, "MZ not a document");
        browser.driver().findElement(By.cssSelector("#attach input[type=file]")).sendKeys(program.toString());
        waitForAttach("不接受");
        assertTrue(attachText().contains("setup.exe") && attachText().contains("MaiAgent 接受："), attachText());

        // A 6 MB image: MaiAgent takes images up to 5 MB (5,242,880 bytes), and the composer's hint says "5 MB".
        java.nio.file.Path big = temp.resolve("screen.png");
        byte[] png = new byte[6 * 1024 * 1024];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0, 8);
        java.nio.file.Files.write(big, png);
        browser.driver().findElement(By.cssSelector("#attach input[type=file]")).sendKeys(big.toString());
        waitForAttach("檔案超過 5 MB");
        assertTrue(!attachText().contains("5242880") && !attachText().contains("larger than"), "no bytes count, no English: " + attachText());
        browser.screenshot("zh-TW-file-refused");
    }

    private void waitForAttach(String text) {
        try {
            browser.waitFor().until(d -> attachText().contains(text));
        } catch (org.openqa.selenium.TimeoutException notSaid) {
            throw new AssertionError("the composer does not say \"" + text + "\": " + attachText(), notSaid);
        }
    }

    private String attachText() {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("var e = document.getElementById('attach'); return e ? e.textContent : '';"));
    }
}
