package com.maiagentgateway.it;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A browser test of the console: a fresh Chromium per test, signed in as the dev admin on the sign-in
 * page, a screenshot of what the page showed when a test fails, and the browser closed after.
 */
public abstract class SignedInConsole extends CallingTheGateway {

    protected Browser browser;

    /** What the page showed when a test failed (runs before the browser is closed). */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            browser.screenshot("FAILED-" + context.getRequiredTestMethod().getName());
        }
    };

    @BeforeEach
    void openAndSignIn() {
        browser = new Browser(languages());
        browser.open(page("/console/"));
        signInOnThePage();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** The browser's languages (its Accept-Language); English unless a test says otherwise. */
    protected String languages() {
        return "en-US";
    }

    /** Fills in and sends the sign-in page the browser shows, then waits for the console. */
    protected void signInOnThePage() {
        browser.type(By.id("signIn:user"), DevUsers.ADMIN.user());
        browser.type(By.id("signIn:password"), DevUsers.ADMIN.password());
        browser.find(By.id("signIn:submit")).click();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("signOutForm:signOut")));
    }

    protected String page(String path) {
        return gateway.toExternalForm().replaceAll("/+$", "") + path;
    }

    /** The data rows of a PrimeFaces table, by its client id ({@code list:conversations}). */
    protected List<WebElement> rows(String tableId) {
        return browser.driver().findElements(By.cssSelector("#" + tableId.replace(":", "\\:") + " tbody tr[data-ri]"));
    }
}
