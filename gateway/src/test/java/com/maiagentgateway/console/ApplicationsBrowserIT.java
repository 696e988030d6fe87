package com.maiagentgateway.console;

import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.DevUsers;
import com.maiagentgateway.it.Http;
import com.maiagentgateway.it.EachTestOpensItsOwnPage;
import com.maiagentgateway.it.SignedInConsole;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An admin creates a client application in the console, sees its key once, and sees its calls on the usage chart. */
@EachTestOpensItsOwnPage
class ApplicationsBrowserIT extends SignedInConsole {

    @Test
    void anAdminCreatesAnApplicationSeesItsKeyOnceAndItsUsageChart() {
        String name = "console-" + UUID.randomUUID().toString().substring(0, 8);
        browser.open(page("/console/applications.xhtml"));
        browser.type(By.id("create:name"), name);
        browser.type(By.id("create:owner"), "Support desk");
        browser.type(By.id("create:contact"), "desk@example.com");
        browser.type(By.id("create:requestsPerMinute_input"), "120");
        browser.find(By.id("create:createApplication")).click();

        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("issuedKey:key")));
        String key = browser.find(By.id("issuedKey:key")).getAttribute("value");
        assertTrue(key.matches("mgw_[0-9a-f]{8}_[A-Za-z0-9_-]{43}"), key);
        browser.find(By.id("issuedKey:copy")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("issuedKey:copy"), "Copied"));
        browser.screenshot("applications-key-shown-once");
        assertTrue(browser.text(By.id("list:applications")).contains(name));

        // The key works for the API; the page, opened again, no longer holds it.
        for (int i = 0; i < 3; i++) {
            assertEquals(200, send(request(gateway, "/api/v1/me").header("Authorization", "Bearer " + key)).statusCode());
        }
        browser.open(page("/console/applications.xhtml"));
        assertFalse(browser.driver().getPageSource().contains(key.substring(14)), "the key is shown once");
        assertTrue(browser.driver().getPageSource().contains(key.substring(4, 12)), "its prefix names it in the list");
        String row = browser.find(By.xpath("//div[contains(@class,'key') and code[contains(.,'" + key.substring(4, 12) + "')]]")).getText();
        assertTrue(row.contains("expires") && !row.contains("soon"), "the default lifetime's end beside it: " + row);

        browser.open(page("/console/usage.xhtml?caller=" + name + "&days=7"));
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart canvas")));
        Object datasets = ((JavascriptExecutor) browser.driver()).executeScript(
                "var c = Chart.getChart(document.querySelector('#chart canvas'));"
                        + "return c ? c.data.datasets.map(d => d.data.reduce((a, b) => a + b, 0)) : null;");
        assertEquals("[3]", String.valueOf(datasets).replace(" ", ""), "the chart draws the application's three calls");
        String lines = browser.text(By.id("list:lines"));
        assertTrue(lines.contains("read") && lines.contains("3"), lines);
        // Use against the quota, named by the application (3 calls this minute; 0 if the minute turned since).
        String quota = (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "return [...document.querySelectorAll('#quotas tr')].map(r => r.textContent.replace(/\\s+/g, ' ').trim())"
                        + ".find(t => t.startsWith(arguments[0])) || '';", name);
        assertTrue(quota.matches(java.util.regex.Pattern.quote(name) + " [03] of 120 requests this minute"), quota);
        // At a desk the caller and chatbot columns are readable, not squeezed to nothing.
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1440, 900));
        Number narrowest = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Math.min(...[...document.querySelectorAll('#list\\\\:lines thead th.col-name')].map(th => th.getBoundingClientRect().width));");
        assertTrue(narrowest.doubleValue() >= 90, "caller and chatbot columns at 1440 px: " + narrowest);
        browser.screenshot("usage-chart");
    }

    @Test
    void aKeyEndingWithinAWeekIsMarkedBesideItsPrefix() {
        String name = "ending-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = send(Http.as(request(gateway, "/api/v1/admin/applications?keyExpiresAt="
                        + LocalDate.now(ZoneOffset.UTC).plusDays(3)), DevUsers.ADMIN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"owner\":\"Ops\",\"contact\":\"ops@example.com\","
                        + "\"operations\":[\"read\"]}")));
        assertEquals(201, created.statusCode(), created::body);
        String prefix = Http.json(created).getJsonObject("key").getString("prefix");

        browser.open(page("/console/applications.xhtml"));
        WebElement key = browser.find(By.xpath("//div[contains(@class,'key') and code[contains(.,'" + prefix + "')]]"));
        assertTrue(key.getAttribute("class").contains("ends-soon"), key.getAttribute("class"));
        assertTrue(key.getText().contains("expires soon"), key.getText());
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", key);
        browser.screenshot("applications-key-ending-soon");
    }

    @Test
    void suspendingAsksFirstAndKeepingTheApplicationChangesNothing() {
        String name = "suspend-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = send(Http.as(request(gateway, "/api/v1/admin/applications"), DevUsers.ADMIN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name
                        + "\",\"owner\":\"Ops\",\"contact\":\"ops@example.com\",\"operations\":[\"read\"]}")));
        assertEquals(201, created.statusCode(), created::body);
        String id = Http.json(created).getJsonObject("application").getString("id");
        By suspend = By.cssSelector("button[aria-label='Suspend " + name + "']");

        browser.open(page("/console/applications.xhtml"));
        browser.find(suspend).click();
        WebElement dialog = browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertTrue(dialog.getText().contains(name), dialog.getText());
        browser.screenshot("applications-suspend-asks");
        dialog.findElement(By.cssSelector(".ui-confirmdialog-no")).click();
        browser.waitFor().until(ExpectedConditions.invisibilityOf(dialog));
        assertEquals("active", status(id), "keeping it changed nothing");

        browser.find(suspend).click();
        browser.waitFor().until(ExpectedConditions.visibilityOf(dialog)).findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitFor().until(d -> "suspended".equals(status(id)));
    }

    /** Each key says when it was created and when it was last used (the nodes flush that every 5 s), or that it never was. */
    @Test
    void eachKeyShowsWhenItWasCreatedAndLastUsed() throws Exception {
        String name = "used-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = send(Http.as(request(gateway, "/api/v1/admin/applications"), DevUsers.ADMIN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name
                        + "\",\"owner\":\"Ops\",\"contact\":\"ops@example.com\",\"operations\":[\"read\"]}")));
        assertEquals(201, created.statusCode(), created::body);
        String id = Http.json(created).getJsonObject("application").getString("id");
        String usedPrefix = Http.json(created).getJsonObject("key").getString("prefix");
        String key = Http.json(created).getJsonObject("key").getString("key");
        assertEquals(200, send(request(gateway, "/api/v1/me").header("Authorization", "Bearer " + key)).statusCode());
        HttpResponse<String> second = send(Http.as(request(gateway, "/api/v1/admin/applications/" + id + "/keys"), DevUsers.ADMIN)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(201, second.statusCode(), second::body);
        String unusedPrefix = Http.json(second).getString("prefix");

        long end = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
        while (!send(Http.as(request(gateway, "/api/v1/admin/applications/" + id), DevUsers.ADMIN)).body().contains("lastUsedAt")
                && System.nanoTime() < end) {
            Thread.sleep(250);
        }
        browser.open(page("/console/applications.xhtml"));
        String used = keyText(usedPrefix);
        String unused = keyText(unusedPrefix);
        assertTrue(used.matches("(?s).*created\\s+\\S.*·\\s+last used\\s+\\S.*"), used);
        assertTrue(unused.matches("(?s).*created\\s+\\S.*·\\s+never used.*"), unused);
        WebElement lastUsed = browser.find(By.xpath("//div[contains(@class,'key')][code[starts-with(.,'mgw_" + usedPrefix + "')]]//time[contains(@class,'key-last-used')]"));
        assertFalse(lastUsed.getAttribute("datetime").isBlank(), "the absolute time is there for the hover");
    }

    private String keyText(String prefix) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "const c = Array.from(document.querySelectorAll('div.key code')).find(e => e.textContent.startsWith('mgw_' + arguments[0]));"
                        + " return c ? c.parentElement.textContent.replace(/\\s+/g, ' ') : 'no key ' + arguments[0];", prefix));
    }

    private String status(String id) {
        return Http.json(send(Http.as(request(gateway, "/api/v1/admin/applications/" + id), DevUsers.ADMIN))).getString("status");
    }

    @Test
    void eachOperationsLabelTicksItsOwnBoxAtADeskAndOnAPhone() {
        for (Dimension size : List.of(new Dimension(1440, 900), new Dimension(1280, 800), new Dimension(390, 844))) {
            browser.driver().manage().window().setSize(size);
            browser.open(page("/console/applications.xhtml"));
            List<WebElement> boxes = browser.driver().findElements(By.cssSelector("#create\\:operations input[type=checkbox]"));
            assertEquals(5, boxes.size());
            for (WebElement box : boxes) {
                String operation = box.getAttribute("value");
                WebElement label = browser.find(By.cssSelector("label[for='" + box.getAttribute("id") + "']"));
                Set<String> before = ticked();
                // Clicked where a person clicks: the middle of the word.
                new Actions(browser.driver()).moveToElement(label).click().perform();
                Set<String> changed = new HashSet<>(ticked());
                Set<String> common = new HashSet<>(changed);
                common.retainAll(before);
                changed.addAll(before);
                changed.removeAll(common);
                assertEquals(Set.of(operation), changed, size + ": the label " + label.getText() + " changed " + changed);
                new Actions(browser.driver()).moveToElement(label).click().perform();
                assertEquals(before, ticked());
            }
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('create:operations').scrollIntoView({block: 'center'});");
            browser.screenshot("applications-operations-" + size.getWidth());
        }
    }

    /** The values of the ticked boxes, read in one script: three WebDriver calls per box, after each of 30 clicks, add up. */
    @SuppressWarnings("unchecked")
    private Set<String> ticked() {
        return new HashSet<>((List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('#create\\\\:operations input[type=checkbox]')).filter(b => b.checked).map(b => b.value);"));
    }

    @Test
    void badInputIsNamedNextToItsFieldAndNothingIsCreated() {
        browser.open(page("/console/applications.xhtml"));
        int before = rows("list:applications").size();
        browser.type(By.id("create:name"), "Not A Name!");
        browser.type(By.id("create:requestsPerMinute_input"), "0");
        browser.find(By.id("create:createApplication")).click();

        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("create"), "lowercase letters"));
        String form = browser.text(By.id("create"));
        assertTrue(form.contains("Owner is required"), form);
        assertTrue(form.contains("Requests per minute must be 1 or more"), form);
        assertTrue(browser.driver().findElements(By.id("issuedKey:key")).isEmpty());
        browser.open(page("/console/applications.xhtml"));
        assertEquals(before, rows("list:applications").size());
    }
}
