package com.maiagentgateway.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.DevUsers;
import com.maiagentgateway.it.Http;
import com.maiagentgateway.it.SignedInConsole;
import com.maiagentgateway.it.SimulatorClient;
import com.maiagentgateway.it.SimulatorOverrides;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The admin console walked page by page in a real Chromium, as an admin would. */
@SimulatorOverrides({"webhook.reply-delay-ms=2000", "webhook.duplicate-rate=0", "stream-delay-ms=150"})
class ConsoleBrowserIT extends SignedInConsole {

    /** Replies come 2 s after a message and answers are generated 150 ms a piece, slow enough to watch them arrive. */
    @TempDir
    Path temp;

    private void awaitTablePage(String tableId, String reportText) {
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#" + tableId.replace(":", "\\:") + " .ui-paginator-current"), reportText));
    }

    @Test
    void conversationsAreFilteredAndPaged() {
        browser.find(By.id("nav-conversations")).click();
        browser.waitFor().until(ExpectedConditions.titleContains("Conversations"));
        // A page is MaiAgent's 20, less the admins' own test conversations other tests left, which it says it left out.
        String leftOut = ((String) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.getElementById('list:leftOut').textContent.trim();")).replaceAll("\\D.*", "");
        assertEquals(20, rows("list:conversations").size() + (leftOut.isEmpty() ? 0 : Integer.parseInt(leftOut)));
        String firstTitle = rows("list:conversations").get(0).findElement(By.cssSelector("a.conversation-link")).getText();
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1440, 900));
        Number titleWidth = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.querySelector('#list\\\\:conversations thead th.col-title').getBoundingClientRect().width;");
        assertTrue(titleWidth.doubleValue() >= 200, "the title column at 1440 px: " + titleWidth);
        Number narrowest = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Math.min(...[...document.querySelectorAll('#list\\\\:conversations thead th')].map(th => th.getBoundingClientRect().width));");
        assertTrue(narrowest.doubleValue() >= 60, "no column squeezed out at 1440 px: " + narrowest);
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800));
        browser.screenshot("console-conversations");

        browser.find(By.cssSelector("#list\\:conversations .ui-paginator-next")).click();
        awaitTablePage("list:conversations", "Page 2");
        assertNotEquals(firstTitle, rows("list:conversations").get(0).findElement(By.cssSelector("a.conversation-link")).getText());

        browser.type(By.id("filters:keyword"), "no conversation says this 9f2c");
        browser.find(By.id("filters:search")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:conversations"), "No conversations."));

        // The keyword matches titles, contacts and messages; newest first, the conversation searched for leads.
        browser.type(By.id("filters:keyword"), firstTitle);
        browser.find(By.id("filters:search")).click();
        awaitTablePage("list:conversations", "Page 1");
        browser.waitFor().ignoring(StaleElementReferenceException.class).until(d -> !rows("list:conversations").isEmpty()
                && rows("list:conversations").get(0).findElement(By.cssSelector("a.conversation-link")).getText().equals(firstTitle));
        browser.screenshot("console-conversations-filtered");
    }

    /** Opens the first conversation of the web inbox; returns its id. */
    private String openFirstConversation() {
        browser.open(page("/console/conversations.xhtml"));
        WebElement link = rows("list:conversations").get(0).findElement(By.cssSelector("a.conversation-link"));
        String title = link.getText();
        link.click();
        browser.waitFor().until(ExpectedConditions.titleContains(title));
        return browser.driver().getCurrentUrl().replaceAll(".*[?&]id=([0-9a-f-]{36}).*", "$1");
    }

    @Test
    void aMessageIsSentAsTextAndMaiAgentsReplyAppearsLive() {
        openFirstConversation();
        assertTrue(browser.driver().findElements(By.cssSelector("#thread-list li.message")).size() > 0);
        browser.screenshot("console-conversation");
        String text = "<script>alert('x')</script> 請問營業時間？ 営業時間は？ 😀";

        browser.type(By.id("send:message"), text);
        browser.find(By.id("send:sendButton")).click();

        // Sending is a full POST to MaiAgent, then the redirect reloads the thread: slow on a loaded CI machine.
        browser.waitFor().withTimeout(Duration.ofSeconds(40))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Message sent"));
        browser.waitFor().until(d -> d.findElements(By.cssSelector("#thread-list li.message .text")).stream()
                .anyMatch(e -> e.getText().equals(text)));
        assertNoAlert();
        int before = browser.driver().findElements(By.cssSelector("#thread-list li.message")).size();

        WebElement reply = browser.waitFor().withTimeout(Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#thread-list li.message.live")));
        assertFalse(reply.findElement(By.cssSelector(".text")).getText().isBlank());
        // Its time reads like the messages beside it ("now"), with the absolute time in the viewer's zone on hover, not raw UTC.
        WebElement when = reply.findElement(By.cssSelector("time.moment"));
        assertTrue(when.getText().matches(".*\\b(now|ago)\\b.*"), when.getText());
        assertFalse(when.getText().matches(".*\\d{4}-\\d{2}-\\d{2}.*"), when.getText());
        assertTrue(when.getAttribute("title").matches(".*\\d{4}.*"), when.getAttribute("title"));
        assertEquals(before + 1, browser.driver().findElements(By.cssSelector("#thread-list li.message")).size());
        assertNoAlert();
        browser.screenshot("console-conversation-live-reply");
    }

    /** A file address MaiAgent holds that is not a web address is shown as text, never as a link or image that could run. */
    @Test
    void onlyWebAddressesBecomeLinks() {
        com.maiagentgateway.it.SimulatorClient simulator = new com.maiagentgateway.it.SimulatorClient(gateway);
        String conversation = simulator.postJson("/conversations/", "{\"webChat\":\"" + com.maiagentgateway.it.SimulatorClient.WEB_CHAT + "\"}", 201)
                .getString("id");
        for (String address : new String[] {"javascript:alert(document.domain)", "data:text/html,<script>alert(1)</script>"}) {
            // No webhook replies: they would land live in whichever test opens this (newest) conversation next.
            var created = com.maiagentgateway.it.Http.send(com.maiagentgateway.it.SimulatorClient.json(simulator.api("/messages/"),
                    "{\"conversation\":\"" + conversation + "\",\"content\":\"see the file\",\"attachments\":[{"
                    + "\"id\":\"550e8400-e29b-41d4-a716-446655440000\",\"type\":\"image\",\"filename\":\"trap.png\",\"file\":\""
                    + address.replace("\"", "\\\"") + "\"}]}").header("X-Simulator-Webhook", "none"));
            assertEquals(201, created.statusCode(), created::body);
        }
        browser.open(page("/console/conversation.xhtml?id=" + conversation));
        browser.waitFor().until(d -> d.findElements(By.cssSelector("#thread-list li.message")).size() == 2);
        assertTrue(browser.driver().getPageSource().contains("trap.png"), "the file is named");
        for (WebElement link : browser.driver().findElements(By.cssSelector("a[href], img[src]"))) {
            String target = link.getAttribute("href") != null ? link.getAttribute("href") : link.getAttribute("src");
            assertFalse(target.startsWith("javascript:") || target.startsWith("data:"), target);
        }
        assertNoAlert();
    }

    private void assertNoAlert() {
        try {
            browser.driver().switchTo().alert();
            throw new AssertionError("a script in a message ran");
        } catch (NoAlertPresentException expected) {
            // text stayed text
        }
    }

    /** Moments read as "3 hours ago", with the absolute time in the viewer's zone (here the browser's) on hover. */
    @Test
    void momentsAreRelativeWithTheAbsoluteTimeOnHover() {
        browser.open(page("/console/conversations.xhtml"));
        List<WebElement> moments = browser.driver().findElements(By.cssSelector("#list\\:conversations time.moment"));
        assertFalse(moments.isEmpty());
        WebElement first = moments.get(0);
        assertTrue(first.getText().matches(".*\\b(ago|now|yesterday|last \\w+)\\b.*"), first.getText());
        String title = first.getAttribute("title");
        String iso = first.getAttribute("datetime");
        assertTrue(title != null && title.matches(".*\\d{4}.*") && !title.equals(iso), "absolute on hover: " + title);
        // A title clipped to two lines is whole on hover.
        WebElement link = browser.driver().findElements(By.cssSelector("#list\\:conversations a.conversation-link")).get(0);
        String whole = link.getAttribute("title");
        assertTrue(!whole.isBlank() && whole.startsWith(link.getText().substring(0, Math.min(8, link.getText().length()))), whole);
    }

    @Test
    void aChatbotAnswerAppearsPieceByPiece() {
        openFirstConversation();
        browser.type(By.id("ask:question"), "How do I reset my password?");
        // Asked from the keyboard: Ctrl+Enter in the question sends it, as the hint says.
        browser.find(By.id("ask:question")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

        // Partial text while the answer is still being generated...
        browser.waitFor().until(d -> !d.findElement(By.id("ask-reply")).getText().isBlank()
                && d.findElement(By.id("ask-status")).getText().contains("answering"));
        String partial = browser.text(By.id("ask-reply"));
        browser.screenshot("console-ask-partial");
        // ...then the whole of it, without reloading the page.
        browser.waitFor().withTimeout(Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("ask-status"), "Answer complete"));
        String whole = browser.text(By.id("ask-reply"));
        assertTrue(whole.length() > partial.length() && whole.startsWith(partial), partial + " / " + whole);
        browser.screenshot("console-ask-complete");
    }

    @Test
    void attachmentsAreUploadedOrRefusedWithAReason() throws Exception {
        openFirstConversation();
        browser.find(By.id("attachments-link")).click();
        browser.waitFor().until(ExpectedConditions.titleContains("Attachments"));

        Path pdf = temp.resolve("請求書.pdf");
        try (InputStream in = getClass().getResourceAsStream("/com/maiagentgateway/simulator/seed-invoice.pdf")) {
            Files.copy(in, pdf);
        }
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(pdf.toString());
        browser.waitFor().until(d -> d.findElements(By.cssSelector("#attachments a.attachment-name")).stream()
                .anyMatch(a -> a.getText().equals("請求書.pdf")));
        browser.screenshot("console-attachments-uploaded");

        browser.driver().navigate().refresh();
        browser.waitFor().until(ExpectedConditions.titleContains("Attachments"));
        assertTrue(browser.driver().findElements(By.cssSelector("#attachments a.attachment-name")).stream()
                .anyMatch(a -> a.getText().equals("請求書.pdf")), "still listed when the page is opened again");
        Path exe = Files.write(temp.resolve("setup.exe"), new byte[] {'M', 'Z', 0, 0});
        browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(exe.toString());
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "setup.exe was not uploaded"));
        assertTrue(browser.text(By.id("messages")).contains("not accepted"), browser.text(By.id("messages")));
        browser.screenshot("console-attachments-refused");
    }

    @Test
    void recordsArePagedWithScoresAndExportedAsAWorkbook() throws Exception {
        browser.find(By.id("nav-records")).click();
        browser.waitFor().until(ExpectedConditions.titleContains("Chatbot records"));
        browser.waitFor().until(d -> !rows("list:records").isEmpty());
        assertTrue(browser.text(By.cssSelector("#list\\:records .ui-paginator-current")).contains("records"));
        String firstScore = rows("list:records").get(0).findElements(By.tagName("td")).get(4).getText();
        assertTrue(firstScore.matches("[01]\\.\\d\\d|"), firstScore);
        browser.screenshot("console-records");

        browser.find(By.id("filters:export")).click();
        Path workbook = browser.waitFor().withTimeout(Duration.ofSeconds(30)).until(d -> finishedDownload(browser.downloads()).orElse(null));
        assertTrue(workbook.getFileName().toString().endsWith(".xlsx"), workbook.toString());
        try (InputStream in = Files.newInputStream(workbook); ReadableWorkbook book = new ReadableWorkbook(in)) {
            List<Row> sheet = book.getFirstSheet().read();
            assertTrue(sheet.size() > 1, "a header and records");
        }
    }

    private static Optional<Path> finishedDownload(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            // Chromium writes into ".crdownload" files, and (since 15x) hidden ".org.chromium.Chromium.*" ones, until done.
            return files.filter(f -> !f.getFileName().toString().endsWith(".crdownload") && !f.getFileName().toString().startsWith("."))
                    .findFirst();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    /** The action filter offers the trail's actions; an export is on record; a conversation target links to it. */
    @Test
    void theAuditTrailOffersItsActionsRecordsExportsAndLinksConversations() {
        assertEquals(200, Http.sendForBytes(Http.as(Http.request(gateway, "/api/v1/chatbots/" + SimulatorClient.SUPPORT_BOT
                + "/records/export?startDate=2026-01-01&endDate=2026-12-31"), DevUsers.ADMIN)).statusCode());
        String created = Http.json(Http.send(Http.as(Http.request(gateway, "/api/v1/conversations"), DevUsers.ADMIN)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"webChat\":\"" + SimulatorClient.WEB_CHAT + "\"}")))).getString("id");

        browser.open(page("/console/audit.xhtml"));
        browser.type(By.id("filters:action_input"), "export");
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#filters\\:action_panel li[data-item-value='records.export']")));
        browser.find(By.cssSelector("#filters\\:action_panel li[data-item-value='records.export']")).click();
        browser.find(By.id("filters:search")).click();
        // The search is a new page (the filters go into its address): the rows are read once per look.
        browser.waitFor().ignoring(StaleElementReferenceException.class).until(d -> firstEntry().contains("chatbot «Support bot» 2026-01-01..2026-12-31"));
        assertTrue(rows("list:entries").get(0).findElement(By.cssSelector(".audit-target-text")).getAttribute("title")
                .contains("chatbot " + SimulatorClient.SUPPORT_BOT), "the target by name, its id on hover");

        browser.open(page("/console/audit.xhtml"));
        browser.type(By.id("filters:action_input"), "conversation.create");
        browser.find(By.id("filters:action_input")).sendKeys(Keys.ESCAPE);
        browser.find(By.id("filters:search")).click();
        browser.waitFor().ignoring(StaleElementReferenceException.class).until(d -> firstEntry().contains(created));
        browser.screenshot("console-audit-linked");
        rows("list:entries").get(0).findElement(By.cssSelector("a.audit-target")).click();
        browser.waitFor().until(ExpectedConditions.urlContains("id=" + created));
    }

    /** The first audit entry's text as the page shows it now, or "" while it shows none. */
    private String firstEntry() {
        List<WebElement> entries = rows("list:entries");
        return entries.isEmpty() ? "" : entries.get(0).getText();
    }

    /** "client-application" finds every action of that family, and the filters live in the address: a reload keeps them. */
    @Test
    void theAuditFiltersAreInTheAddressAndAFamilyNameFindsItsActions() {
        java.net.http.HttpResponse<String> created = Http.send(Http.as(Http.request(gateway, "/api/v1/admin/applications"), DevUsers.ADMIN)
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"audited-"
                        + java.util.UUID.randomUUID().toString().substring(0, 8) + "\",\"owner\":\"o\",\"contact\":\"c@example.com\",\"operations\":[\"read\"]}")));
        assertEquals(201, created.statusCode(), created::body);
        browser.open(page("/console/audit.xhtml"));
        browser.type(By.id("filters:action_input"), "client-application");
        browser.find(By.id("filters:action_input")).sendKeys(Keys.ESCAPE);
        browser.find(By.id("filters:search")).click();
        browser.waitFor().until(ExpectedConditions.urlContains("action=client-application"));
        java.util.function.Supplier<List<String>> actions = () -> rows("list:entries").stream()
                .map(r -> r.findElement(By.cssSelector("span.audit-action")).getAttribute("title")).toList();
        browser.waitFor().ignoring(StaleElementReferenceException.class).until(d -> {
            List<String> listed = actions.get();
            return !listed.isEmpty() && listed.stream().allMatch(a -> a.startsWith("client-application."));
        });
        String address = browser.driver().getCurrentUrl();
        browser.open(address);
        assertEquals("client-application", browser.find(By.id("filters:action_input")).getDomProperty("value"), "the reload keeps the filter");
        List<String> reloaded = actions.get();
        assertTrue(!reloaded.isEmpty() && reloaded.stream().allMatch(a -> a.startsWith("client-application.")), reloaded::toString);
        List<String> named = rows("list:entries").stream().map(r -> r.findElement(By.cssSelector("span.audit-action")).getText()).toList();
        assertTrue(named.contains("Application created"), "actions are shown by name, the id on hover: " + named);
    }

    @Test
    void theAuditTrailIsFilteredThenTheAdminSignsOut() {
        browser.find(By.id("nav-audit")).click();
        browser.waitFor().until(ExpectedConditions.titleContains("Audit trail"));
        browser.type(By.id("filters:action_input"), "console.sign-in");
        browser.find(By.id("filters:action_input")).sendKeys(Keys.ESCAPE);
        browser.find(By.id("filters:search")).click();
        browser.waitFor().ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> entries = rows("list:entries");
            return !entries.isEmpty() && entries.stream().allMatch(r -> r.findElement(By.cssSelector("span.audit-action")).getText().equals("Console sign-in"));
        });
        browser.screenshot("console-audit");

        browser.find(By.id("signOutForm:signOut")).click();
        browser.waitFor().until(ExpectedConditions.titleContains("Sign in"));
        assertTrue(browser.text(By.id("signedOut")).contains("signed out"));
        browser.open(page("/console/audit.xhtml"));
        browser.waitFor().until(ExpectedConditions.titleContains("Sign in"));
    }

    /** The menu marks the page the admin is on, and only that one (aria-current: said to screen readers too). */
    @Test
    void theMenuMarksTheCurrentPage() {
        for (String[] at : new String[][] {{"/console/deliveries.xhtml", "nav-deliveries"}, {"/console/audit.xhtml", "nav-audit"},
                {"/console/conversation.xhtml?id=" + SimulatorClient.seeded("conversation-5"), "nav-conversations"}}) {
            browser.open(page(at[0]));
            List<String> marked = browser.driver().findElements(By.cssSelector(".nav a[aria-current='page']")).stream()
                    .map(a -> a.getAttribute("id")).toList();
            assertEquals(List.of(at[1]), marked, at[0]);
        }
    }
}
