package com.maiagentgateway.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.CallingTheGateway;
import com.maiagentgateway.it.DevUsers;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The console's protection as the container enforces it: the authentication mechanism shows the sign-in form
 * to whoever has not signed in, only maiagent-admin gets a console page, and the console's cookie opens no API.
 */
class ConsoleAccessIT extends CallingTheGateway {

    private final HttpClient browserLike = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private URI at(String path) {
        return URI.create(gateway.toExternalForm().replaceAll("/+$", "") + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browserLike.send(HttpRequest.newBuilder(at(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the console's own form, as a browser posts it. */
    private HttpResponse<String> signIn(DevUsers user) throws Exception {
        String page = get("/login.xhtml").body();
        java.util.regex.Matcher state = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(page);
        assertTrue(state.find(), "the form carries a view state field");
        String form = "signIn=signIn&signIn_SUBMIT=1&signIn%3Auser=" + URLEncoder.encode(user.user(), StandardCharsets.UTF_8)
                + "&signIn%3Apassword=" + URLEncoder.encode(user.password(), StandardCharsets.UTF_8)
                + "&signIn%3AreturnTo=&signIn%3Asubmit=Sign+in&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        return browserLike.send(HttpRequest.newBuilder(at("/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> adminSignIn() throws Exception {
        HttpResponse<String> signedIn = signIn(DevUsers.ADMIN);
        assertEquals(302, signedIn.statusCode(), signedIn::body);
        return signedIn;
    }

    private static void assertSignInForm(HttpResponse<String> response) {
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<title>Sign in"), response::body);
    }

    @Test
    void theApplicationRootLeadsToTheConsole() throws Exception {
        HttpResponse<String> response = get("/");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("url=console/"), response::body);
    }

    @Test
    void anonymousIsShownTheSignInForm() throws Exception {
        // The authentication mechanism forwards to the form, which returns to the page asked for once signed in.
        assertSignInForm(get("/console/"));
        assertSignInForm(get("/console/records.xhtml?from=2026-01-01"));
    }

    @Test
    void aClientUserGetsNoConsolePage() throws Exception {
        HttpResponse<String> refused = signIn(DevUsers.CLIENT);

        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("maiagent-admin"), refused::body);
        assertTrue(refused.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("MaiAgentConsole=") && !c.contains("Max-Age=0")),
                () -> "no console sign-in for a non-admin: " + refused.headers().allValues("Set-Cookie"));
        assertSignInForm(get("/console/index.xhtml"));
        assertSignInForm(get("/console/applications.xhtml"));
    }

    /** Each sign-in its own token; signing in again from the same browser ends the one before, which then opens nothing. */
    @Test
    void signingInAgainEndsTheSignInBefore() throws Exception {
        adminSignIn();
        String first = consoleCookie();
        adminSignIn();
        String second = consoleCookie();
        assertTrue(!first.equals(second), "a new token per sign-in");
        assertTrue(get("/console/index.xhtml").body().contains("<title>Overview"), "the new sign-in opens the console");

        HttpResponse<String> old = HttpClient.newHttpClient().send(HttpRequest.newBuilder(at("/console/index.xhtml"))
                .header("Cookie", "MaiAgentConsole=" + first).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(old.body().contains("<title>Sign in"), () -> "the old token opens nothing: " + old.statusCode());
    }

    private String consoleCookie() {
        return ((CookieManager) browserLike.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("MaiAgentConsole")).findFirst().orElseThrow().getValue();
    }

    /** A page on another site can make a signed-in admin's browser call the API: the cookie alone must open nothing. */
    @Test
    void theConsolesSignInCookieDoesNotDriveTheApi() throws Exception {
        adminSignIn();
        assertEquals(200, get("/console/index.xhtml").statusCode(), "signed in");

        HttpResponse<String> write = browserLike.send(HttpRequest.newBuilder(at("/api/v1/conversations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"webChat\":\"" + com.maiagentgateway.it.SimulatorClient.WEB_CHAT + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, write.statusCode(), write::body);
        assertTrue(write.body().contains("cookie-not-accepted"), write::body);
        assertEquals(403, get("/api/v1/me").statusCode(), "reads too: the API authenticates each call");
    }

    @Test
    void everyCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> login = adminSignIn();
        java.util.List<String> cookies = new java.util.ArrayList<>(login.headers().allValues("Set-Cookie"));
        cookies.addAll(get("/login.xhtml").headers().allValues("Set-Cookie"));
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("MaiAgentConsole=")), cookies::toString);
        for (String cookie : cookies) {
            String lower = cookie.toLowerCase(java.util.Locale.ROOT);
            if (lower.contains("max-age=0")) {
                continue; // a cookie being deleted carries nothing
            }
            assertTrue(lower.contains("samesite=lax") || lower.contains("samesite=strict"), cookie);
            assertTrue(lower.contains("httponly"), cookie);
        }
    }

    /** The sign-in form keeps no view state: left open past the session (or across a restart), it still signs in. */
    @Test
    void aSignInPageLeftOpenStillSignsIn() throws Exception {
        String page = get("/login.xhtml").body();
        java.util.regex.Matcher state = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(page);
        assertTrue(state.find(), "the form carries a view state field");
        HttpClient later = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build(); // no cookie: the session is gone
        String form = "signIn=signIn&signIn_SUBMIT=1&signIn%3Auser=" + URLEncoder.encode(DevUsers.ADMIN.user(), StandardCharsets.UTF_8)
                + "&signIn%3Apassword=" + URLEncoder.encode(DevUsers.ADMIN.password(), StandardCharsets.UTF_8)
                + "&signIn%3AreturnTo=&signIn%3Asubmit=Sign+in&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = later.send(HttpRequest.newBuilder(at("/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signedIn.statusCode(), signedIn::body);
        assertTrue(signedIn.headers().firstValue("Location").orElse("").endsWith("/maiagent/console/"));
    }

    /** A sign-in posted without the page's CSP nonce (the page is stateless, nothing to fall back on): the form's answer, not an error. */
    @Test
    void aSignInPostedWithoutItsNonceIsAnsweredByTheForm() throws Exception {
        String page = get("/login.xhtml").body();
        assertTrue(page.contains("name=\"primefaces.nonce\""), "the form carries its nonce");
        String form = "signIn=signIn&signIn%3Auser=nobody-" + java.util.UUID.randomUUID() + "&signIn%3Apassword=wrong&signIn%3AreturnTo=&signIn%3Asubmit=Sign+in&jakarta.faces.ViewState=stateless";
        HttpResponse<String> refused = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(at("/login.xhtml")).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, refused.statusCode(), refused::body);
        assertTrue(refused.body().contains("Sign in"), refused::body);
        assertTrue(refused.headers().firstValue("Content-Security-Policy").orElse("").contains("'nonce-"));
    }

    /**
     * A cross-site sign-in post cannot choose the page's CSP nonce (it would then know which inline scripts the policy
     * lets run), and a nonce that is not one of PrimeFaces' shape is no server error.
     */
    @Test
    void aSignInPostCannotChooseTheCspNonce() throws Exception {
        String chosen = java.util.Base64.getEncoder().encodeToString(java.util.UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        for (String nonce : java.util.List.of(chosen, "not-a-nonce", "%3Cscript%3E")) {
            String form = "signIn=signIn&signIn%3Auser=nobody-" + java.util.UUID.randomUUID() + "&signIn%3Apassword=wrong&signIn%3AreturnTo="
                    + "&signIn%3Asubmit=Sign+in&jakarta.faces.ViewState=stateless&primefaces.nonce=" + URLEncoder.encode(nonce, StandardCharsets.UTF_8);
            HttpResponse<String> answer = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(HttpRequest.newBuilder(at("/login.xhtml")).header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Origin", "https://elsewhere.example")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(answer.statusCode() < 500, () -> nonce + ": " + answer.statusCode() + " " + answer.body());
            String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertFalse(policy.contains(nonce), () -> "the posted nonce became the page's: " + policy);
            assertFalse(answer.body().contains("nonce=\"" + nonce + "\""), () -> nonce + " marks the answer's scripts");
        }
    }

    /** A console postback without its page's nonce (a script, a stripped field) is answered as any postback, not with a 500. */
    @Test
    void aConsolePostbackWithoutItsNonceIsAnswered() throws Exception {
        adminSignIn();
        String page = get("/console/conversations.xhtml").body();
        java.util.regex.Matcher state = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(page);
        assertTrue(state.find(), "the page carries a view state");
        for (String nonce : java.util.Arrays.asList(null, "not-a-nonce")) {
            String form = "filters=filters&filters_SUBMIT=1&filters%3Asearch=Search&jakarta.faces.ViewState="
                    + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8) + (nonce == null ? "" : "&primefaces.nonce=" + nonce);
            HttpResponse<String> posted = browserLike.send(HttpRequest.newBuilder(at("/console/conversations.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            // The search's answer: back to the list with its filter in the address.
            assertEquals(302, posted.statusCode(), () -> nonce + ": " + posted.statusCode() + " " + posted.body());
            assertTrue(posted.headers().firstValue("Location").orElse("").contains("conversations.xhtml"), () -> nonce + ": " + posted.headers());
            // The same as PrimeFaces' Ajax sends it: a partial answer, not an error.
            HttpResponse<String> partial = browserLike.send(HttpRequest.newBuilder(at("/console/conversations.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Faces-Request", "partial/ajax")
                    .POST(HttpRequest.BodyPublishers.ofString(form + "&jakarta.faces.partial.ajax=true&jakarta.faces.source=filters%3Asearch"
                            + "&jakarta.faces.partial.execute=filters&jakarta.faces.partial.render=filters")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, partial.statusCode(), () -> nonce + ": " + partial.body());
            assertTrue(partial.body().contains("<partial-response") && !partial.body().contains("<error>"), () -> nonce + ": " + partial.body());
        }
    }

    /** A console form posted with a view state the server no longer has (another session): a page that says so. */
    @Test
    void aStaleConsoleFormSaysItExpired() throws Exception {
        adminSignIn();
        String page = get("/console/conversations.xhtml").body();
        java.util.regex.Matcher state = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(page);
        assertTrue(state.find(), "the page carries a view state");
        ((CookieManager) browserLike.cookieHandler().orElseThrow()).getCookieStore().removeAll(); // the session is gone
        adminSignIn();
        HttpResponse<String> stale = browserLike.send(HttpRequest.newBuilder(at("/console/conversations.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("filters=filters&filters_SUBMIT=1&filters%3Asearch=Search&jakarta.faces.ViewState="
                        + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, stale.statusCode(), stale::body);
        String expiredPage = stale.headers().firstValue("Location").orElse("");
        assertTrue(expiredPage.endsWith("/maiagent/expired.html"), expiredPage);
        HttpResponse<String> explained = get("/expired.html");
        assertTrue(explained.body().contains("This page had expired") && explained.body().contains("nothing was changed"), explained::body);
    }

    /** A view state nobody issued (tampered, truncated): the same page, not an error. */
    @Test
    void aFormWithAForgedViewStateSaysItExpired() throws Exception {
        adminSignIn();
        for (String forged : java.util.List.of("garbage", "-1:-1", "%00%0D%0A", "x".repeat(5000))) {
            HttpResponse<String> posted = browserLike.send(HttpRequest.newBuilder(at("/console/conversations.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("filters=filters&filters_SUBMIT=1&filters%3Asearch=Search&jakarta.faces.ViewState=" + forged))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(302, posted.statusCode(), () -> forged + ": " + posted.body());
            assertTrue(posted.headers().firstValue("Location").orElse("").endsWith("/maiagent/expired.html"), forged);
        }
    }

    /** No inline script runs unless the page itself wrote it: console pages carry a fresh nonce, nothing else allows inline script. */
    @Test
    void theContentSecurityPolicyAllowsOnlyThePagesOwnScripts() throws Exception {
        adminSignIn();
        java.util.Set<String> nonces = new java.util.HashSet<>();
        for (String page : java.util.List.of("/console/index.xhtml", "/console/conversation.xhtml?id=" + com.maiagentgateway.it.SimulatorClient.seeded("conversation-1"),
                "/console/records.xhtml", "/login.xhtml")) {
            HttpResponse<String> response = get(page);
            assertEquals(200, response.statusCode(), page);
            java.util.List<String> policies = response.headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), () -> page + ": one policy, not two enforced together: " + policies);
            String scriptSrc = policies.get(0).replaceAll("^.*script-src", "script-src").replaceAll(";.*$", "");
            java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("'nonce-([^']+)'").matcher(scriptSrc);
            assertTrue(nonce.find(), () -> page + ": " + scriptSrc);
            assertTrue(!scriptSrc.contains("unsafe-inline") && !scriptSrc.contains("unsafe-eval"), () -> page + ": " + scriptSrc);
            nonces.add(nonce.group(1));
            java.util.regex.Matcher inline = java.util.regex.Pattern.compile("<script(?![^>]*\\ssrc=)([^>]*)>").matcher(response.body());
            while (inline.find()) {
                String attributes = inline.group(1);
                assertTrue(attributes.contains("nonce=\"" + nonce.group(1) + "\""), () -> page + ": an inline script without the nonce: " + attributes);
            }
            assertTrue(!response.body().matches("(?s).*\\son[a-z]+=\".*"), () -> page + ": an inline event handler attribute");
        }
        assertEquals(4, nonces.size(), "a fresh nonce per page");
        String plain = get("/not-found.html").headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(plain.endsWith("script-src 'self'"), () -> "no inline script at all elsewhere: " + plain);
    }

    @Test
    void adminWithALoginGetsTheConsole() throws Exception {
        adminSignIn();

        HttpResponse<String> response = get("/console/index.xhtml");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Overview"));
    }
}
