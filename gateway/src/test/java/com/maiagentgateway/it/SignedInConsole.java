package com.maiagentgateway.it;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A browser test of the console: one Chromium per language for the whole run, handed from class to class (starting
 * one cost each class about 2 s), signed in as the dev admin on the sign-in page when a class begins, with its
 * cookies and downloads of the class before gone; each test starts on a console page ({@link #startPage()}) at a
 * laptop's size, signed in again if the test before signed out. A screenshot of what the page showed when a test fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SignedInConsole extends CallingTheGateway {

    private static final String SIGN_IN_COOKIE = "MaiAgentConsole";

    protected Browser browser;
    /** The sign-in cookie this browser was given; another value, or none, means the test before signed out. */
    private String signedInAs;

    /** What the page showed when a test failed. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            browser.screenshot("FAILED-" + context.getRequiredTestMethod().getName());
        }
    };

    @BeforeAll
    void openBrowser() {
        browser = Browser.shared(languages());
    }

    @BeforeEach
    void signedInOnTheHomePage() {
        if (freshSessionPerTest()) {
            signedInAs = null; // so its cookies go and it signs in again below
        }
        browser.driver().manage().window().setSize(new Dimension(1280, 800));
        if (signedInAs != null) {
            // Still signed in from the test before (the cookie it was given): go to the start page, or stay where it
            // is when each test opens its own page (EachTestOpensItsOwnPage).
            if (getClass().isAnnotationPresent(EachTestOpensItsOwnPage.class) && signedInAs.equals(signInCookie())) {
                return;
            }
            browser.open(page(startPage()));
            if (signedInAs.equals(signInCookie()) && browser.driver().findElements(By.id("signIn:user")).isEmpty()) {
                return;
            }
        }
        browser.driver().manage().deleteAllCookies();
        browser.open(page(startPage()));
        signInOnThePage();
    }

    private String signInCookie() {
        Cookie cookie = browser.driver().manage().getCookieNamed(SIGN_IN_COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    /**
     * The console page each test starts on, signed in. The audit trail by default: it reads the gateway's own database,
     * where the overview reads pages of MaiAgent's conversations and records on every visit.
     */
    protected String startPage() {
        return "/console/audit.xhtml";
    }

    /** A fresh session for every test (no cookie kept), where tests leave a cookie (a language's) behind on purpose. */
    protected boolean freshSessionPerTest() {
        return false;
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
        signedInAs = signInCookie();
    }

    protected String page(String path) {
        return gateway.toExternalForm().replaceAll("/+$", "") + path;
    }

    /** The data rows of a PrimeFaces table, by its client id ({@code list:conversations}). */
    protected List<WebElement> rows(String tableId) {
        return browser.driver().findElements(By.cssSelector("#" + tableId.replace(":", "\\:") + " tbody tr[data-ri]"));
    }
}
