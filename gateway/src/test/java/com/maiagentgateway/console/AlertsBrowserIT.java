package com.maiagentgateway.console;

import static com.maiagentgateway.it.Http.as;
import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.AlertReceiver;
import com.maiagentgateway.it.DevUsers;
import com.maiagentgateway.it.EachTestOpensItsOwnPage;
import com.maiagentgateway.it.SignedInConsole;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Alerts page as an operator sets it up: a wrong address said at its field with nothing added; a webhook added
 * with its signing secret shown once, with Copy, until dismissed; the test button's alert reaching it (the receiver
 * checks the signature with that secret) and listed as sent; the recipient removed only once confirmed; levels out of
 * 1–100 refused at their field.
 */
@EachTestOpensItsOwnPage
class AlertsBrowserIT extends SignedInConsole {

    private String pageText(String id) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "return (document.getElementById(arguments[0]) || {}).textContent || ''", id));
    }

    @Test
    void aWebhookIsAddedWithItsSecretShownOnceTestedAndRemovedOnlyOnceConfirmed() throws Exception {
        try (AlertReceiver receiver = new AlertReceiver()) {
            browser.open(page("/console/alerts.xhtml"));
            browser.type(By.id("recipients:address"), "ops@localhost");
            browser.find(By.id("recipients:addRecipient")).click();
            browser.waitFor().until(d -> pageText("recipients").contains("must be an e-mail address"));
            assertFalse(pageText("recipientList").contains("ops@localhost"), "a refused address was added");

            new org.openqa.selenium.support.ui.Select(browser.find(By.id("recipients:kind"))).selectByValue("webhook");
            browser.type(By.id("recipients:address"), receiver.url());
            browser.find(By.id("recipients:addRecipient")).click();
            WebElement secret = browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("newSecret:secretValue")));
            String signingSecret = secret.getDomProperty("value");
            assertTrue(signingSecret.matches("whsec_[A-Za-z0-9_-]{43}"), signingSecret);
            receiver.secret(signingSecret);
            assertTrue(browser.find(By.id("newSecret:copy")).isDisplayed(), "a Copy button");
            browser.waitFor().until(d -> pageText("recipientList").contains(receiver.url()));
            browser.screenshot("console-alerts-secret");

            // The card stays while the admin does something else, until dismissed.
            browser.find(By.id("history:test")).click();
            browser.waitFor().until(d -> !receiver.taken().isEmpty());
            assertTrue(browser.find(By.id("newSecret:secretValue")).isDisplayed(), "the secret card stays until dismissed");
            assertTrue(receiver.taken().get(0).signatureHolds(), "signed with the secret shown");
            assertEquals("test", receiver.taken().get(0).alert().getString("kind"));
            browser.find(By.id("newSecret:dismiss")).click();
            browser.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("newSecret:secretValue")));
            assertFalse(browser.driver().getPageSource().contains(signingSecret), "the secret is gone from the page");

            browser.open(page("/console/alerts.xhtml"));
            browser.waitFor().until(d -> pageText("history").contains(receiver.url() + ": sent"));
            assertFalse(browser.driver().getPageSource().contains(signingSecret), "the secret is never shown again");

            By remove = By.cssSelector("button[aria-label='Remove " + receiver.url() + "']");
            browser.find(remove).click();
            WebElement dialog = browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
            assertTrue(dialog.getText().contains(receiver.url()), dialog.getText());
            dialog.findElement(By.cssSelector(".ui-confirmdialog-no")).click();
            browser.waitFor().until(ExpectedConditions.invisibilityOf(dialog));
            assertTrue(recipients().contains(receiver.url()), "keeping it removed nothing");
            browser.find(remove).click();
            browser.waitFor().until(ExpectedConditions.visibilityOf(dialog)).findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
            browser.waitFor().until(d -> !recipients().contains(receiver.url()));
        }
    }

    @Test
    void levelsOutOfOneToAHundredAreRefusedAtTheirField() {
        String before = send(as(request(gateway, "/api/v1/admin/alerts/levels"), DevUsers.ADMIN)).body();
        browser.open(page("/console/alerts.xhtml"));
        browser.type(By.id("levels:quotaLevels"), "0, 100");
        browser.find(By.id("levels:saveLevels")).click();
        browser.waitFor().until(d -> pageText("levels").contains("must be a percentage from 1 to 100"));
        browser.type(By.id("levels:quotaLevels"), "eighty");
        browser.find(By.id("levels:saveLevels")).click();
        browser.waitFor().until(d -> pageText("levels").contains("must be whole percentages"));
        assertEquals(before, send(as(request(gateway, "/api/v1/admin/alerts/levels"), DevUsers.ADMIN)).body(), "nothing was saved");

        browser.type(By.id("levels:quotaLevels"), "100, 75");
        browser.find(By.id("levels:saveLevels")).click();
        browser.waitFor().until(d -> pageText("messages").contains("Levels saved"));
        try {
            assertEquals("[75,100]", json(send(as(request(gateway, "/api/v1/admin/alerts/levels"), DevUsers.ADMIN))).getJsonArray("quotaLevels").toString());
        } finally {
            send(as(request(gateway, "/api/v1/admin/alerts/levels"), DevUsers.ADMIN).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(before)));
        }
    }

    private String recipients() {
        return send(as(request(gateway, "/api/v1/admin/alerts/recipients"), DevUsers.ADMIN)).body();
    }
}
