package com.maiagentgateway.console;

import static com.maiagentgateway.it.Http.as;
import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.Browser;
import com.maiagentgateway.it.CallingTheGateway;
import com.maiagentgateway.it.DevUsers;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Signing in to the console in a real Chromium, as an admin would. */
class SignInBrowserIT extends CallingTheGateway {

    Browser browser;

    /** The run's English browser with no session: each test signs in (or not) from nothing. */
    @BeforeEach
    void browserWithNoSession() {
        browser = Browser.shared("en-US");
    }

    private String page(String path) {
        return gateway.toExternalForm().replaceAll("/+$", "") + path;
    }

    private void signIn(DevUsers user) {
        browser.type(By.id("signIn:user"), user.user());
        browser.type(By.id("signIn:password"), user.password());
        browser.find(By.id("signIn:submit")).click();
    }

    @Test
    void adminSignsInAndSeesWhoIsSignedInAndWhetherMaiAgentAnswers() {
        Instant before = Instant.now();
        browser.open(page("/console/"));

        browser.waitFor().until(ExpectedConditions.titleContains("Sign in"));
        browser.screenshot("sign-in");
        signIn(DevUsers.ADMIN);

        browser.waitFor().until(ExpectedConditions.titleContains("Overview"));
        assertEquals(DevUsers.ADMIN.user(), browser.text(By.id("signed-in-user")));
        assertEquals("MaiAgent is reachable", browser.text(By.id("reachability")));
        assertTrue(browser.driver().getTitle().endsWith("· MaiAgent Gateway"));
        browser.screenshot("overview");

        JsonObject sign = latestSignIn(DevUsers.ADMIN.user());
        assertEquals("SUCCESS", sign.getString("outcome"));
        assertFalse(Instant.parse(sign.getString("occurredAt")).isBefore(before.minusSeconds(1)));
    }

    @Test
    void wrongPasswordShowsAMessageAndIsAudited() {
        browser.open(page("/login.xhtml"));
        browser.type(By.id("signIn:user"), DevUsers.ADMIN.user());
        browser.type(By.id("signIn:password"), "not-the-password");
        browser.find(By.id("signIn:submit")).click();

        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("signIn:messages"), "not valid"));
        browser.screenshot("sign-in-wrong-password");
        assertEquals("FAILURE", latestSignIn(DevUsers.ADMIN.user()).getString("outcome"));
    }

    @Test
    void clientUserIsRefusedTheConsole() {
        browser.open(page("/console/"));
        signIn(DevUsers.CLIENT);

        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("signIn:messages"), "maiagent-admin"));
        browser.screenshot("sign-in-client-refused");
        assertTrue(browser.driver().getTitle().contains("Sign in"));
        assertEquals("DENIED", latestSignIn(DevUsers.CLIENT.user()).getString("outcome"));

        browser.open(page("/console/"));
        browser.waitFor().until(ExpectedConditions.titleContains("Sign in"));
    }

    @Test
    void signOutEndsTheSession() {
        browser.open(page("/console/"));
        signIn(DevUsers.ADMIN);
        browser.waitFor().until(ExpectedConditions.titleContains("Overview"));

        browser.find(By.id("signOutForm:signOut")).click();

        browser.waitFor().until(ExpectedConditions.titleContains("Sign in"));
        assertTrue(browser.text(By.id("signedOut")).contains("signed out"));
        browser.open(page("/console/"));
        browser.waitFor().until(ExpectedConditions.titleContains("Sign in"));
    }

    /** A sign-in cookie copied before sign-out (by malware, a shared machine) opens nothing afterwards. */
    @Test
    void aTokenCapturedBeforeSignOutIsRefusedAfterIt() throws Exception {
        browser.open(page("/console/"));
        signIn(DevUsers.ADMIN);
        browser.waitFor().until(ExpectedConditions.titleContains("Overview"));
        org.openqa.selenium.Cookie token = browser.driver().manage().getCookieNamed("MaiAgentConsole");
        assertTrue(token != null, "signed in with the console's cookie");
        java.net.http.HttpClient replay = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        java.net.http.HttpRequest withToken = java.net.http.HttpRequest.newBuilder(java.net.URI.create(page("/console/index.xhtml")))
                .header("Cookie", "MaiAgentConsole=" + token.getValue()).build();
        var before = replay.send(withToken, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, before.statusCode(), "the token works while signed in");
        assertTrue(before.body().contains("<title>Overview"), "the token works while signed in");

        browser.find(By.id("signOutForm:signOut")).click();
        browser.waitFor().until(ExpectedConditions.titleContains("Sign in"));

        var after = replay.send(withToken, java.net.http.HttpResponse.BodyHandlers.ofString());
        // The sign-out deleted the sign-in from the shared database: the sign-in form.
        boolean redirected = after.statusCode() == 302 && after.headers().firstValue("Location").orElse("").endsWith("/login.xhtml");
        boolean shownTheForm = after.statusCode() == 200 && after.body().contains("<title>Sign in");
        assertTrue(redirected || shownTheForm, () -> "sent to sign in again: " + after.statusCode());
    }

    private JsonObject latestSignIn(String user) {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        var response = send(as(request(gateway, "/api/v1/audit?action=console.sign-in&pageSize=1&fromDate=" + today
                + "&actor=" + URLEncoder.encode(user, StandardCharsets.UTF_8)), DevUsers.ADMIN));
        assertEquals(200, response.statusCode(), response::body);
        return json(response).getJsonArray("items").getJsonObject(0);
    }
}
