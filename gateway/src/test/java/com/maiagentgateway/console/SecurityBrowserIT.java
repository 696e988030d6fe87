package com.maiagentgateway.console;

import static com.maiagentgateway.it.Http.as;
import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.DevUsers;
import com.maiagentgateway.it.Multipart;
import com.maiagentgateway.it.SignedInConsole;
import com.maiagentgateway.it.SimulatorClient;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The console attacked in Chromium as the security probe did, with a signed-in admin: another site
 * driving the API with the admin's cookie, script in every field the console shows, script injected
 * into a page, the cookies' flags, and an old cookie used after signing out. Each attack is counted;
 * the figures (tried / held) are in the README.
 */
class SecurityBrowserIT extends SignedInConsole {

    /** Runs if any markup of it is taken as markup: sets a flag, or shows an alert. */
    static final String PAYLOAD = "<img src=x onerror=\"window.__pwned=1\"><svg onload=alert(1)>\"'><script>window.__pwned=2</script>";

    /** Another origin on this host (another port), as the probe's attacking pages were. */
    static HttpServer attacker;

    /** What held in the test running now (the class shares one instance, and one browser, between its tests). */
    final List<String> held = new ArrayList<>();

    @org.junit.jupiter.api.BeforeEach
    void nothingHeldYet() {
        held.clear();
    }

    @BeforeAll
    static void startAttacker() throws IOException {
        attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        attacker.createContext("/", exchange -> {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            byte[] page = attackPage(exchange.getRequestURI().getPath(), query.get("target"), query.get("conversation"))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        attacker.start();
    }

    @AfterAll
    static void stopAttacker() {
        attacker.stop(0);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new java.util.HashMap<>();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    /** What the other site serves: each page attacks at once and writes what it could see into its title. */
    static String attackPage(String path, String target, String conversation) {
        String api = target + "api/v1";
        String script = switch (path) {
            case "/form" -> "document.forms[0].submit();";
            case "/fetch-json" -> "fetch('" + api + "/conversations', {method: 'POST', mode: 'no-cors', credentials: 'include',"
                    + " headers: {'Content-Type': 'text/plain'}, body: JSON.stringify({webChat: '" + SimulatorClient.WEB_CHAT + "'})})"
                    + ".then(() => document.title = 'sent', e => document.title = 'failed ' + e);";
            case "/fetch-upload" -> "const body = new FormData(); body.append('file', new Blob(['%PDF-1.4 cross-site'], {type: 'application/pdf'}), 'forged.pdf');"
                    + "fetch('" + api + "/conversations/" + conversation + "/attachments', {method: 'POST', mode: 'no-cors', credentials: 'include', body})"
                    + ".then(() => document.title = 'sent', e => document.title = 'failed ' + e);";
            case "/fetch-read" -> "fetch('" + api + "/me', {credentials: 'include'}).then(r => r.text())"
                    + ".then(t => document.title = 'read ' + t, e => document.title = 'blocked');";
            default -> "";
        };
        String form = path.equals("/form")
                ? "<form method='post' enctype='multipart/form-data' action='" + api + "/conversations/" + conversation + "/attachments'>"
                + "<input type='hidden' name='file' value='%PDF-1.4'></form>"
                : "";
        return "<!DOCTYPE html><html><head><title>waiting</title></head><body>" + form + "<script>" + script + "</script></body></html>";
    }

    private long auditSize() {
        return json(send(as(request(gateway, "/api/v1/audit?pageSize=1"), DevUsers.ADMIN))).getJsonNumber("count").longValue();
    }

    private void held(String attack) {
        held.add(attack);
    }

    @Test
    void anotherSiteCannotUseTheSignedInAdminsCookieOnTheApi() {
        String conversation = SimulatorClient.seeded("conversation-2");
        long before = auditSize();
        String base = "http://127.0.0.1:" + attacker.getAddress().getPort();
        String query = "?target=" + java.net.URLEncoder.encode(page("/"), StandardCharsets.UTF_8) + "&conversation=" + conversation;
        int tried = 0;
        for (String attack : List.of("/form", "/fetch-json", "/fetch-upload")) {
            tried++;
            browser.open(base + attack + query);
            browser.waitFor().until(d -> !"waiting".equals(d.getTitle()) || attack.equals("/form"));
            sleep(Duration.ofMillis(700));
            if (auditSize() == before) {
                held("cross-site " + attack);
            }
        }
        tried++;
        browser.open(base + "/fetch-read" + query);
        browser.waitFor().until(d -> !"waiting".equals(d.getTitle()));
        if (browser.driver().getTitle().equals("blocked")) {
            held("cross-site read of /me");
        }
        assertEquals(before, auditSize(), "nothing was written on the admin's behalf");
        assertEquals(tried, held.size(), () -> "held: " + held);
        System.out.println("SecurityBrowserIT: " + tried + " cross-site attacks with a signed-in admin's browser, " + held.size() + " held");
    }

    @Test
    void scriptInEveryFieldTheConsoleShowsStaysText() throws Exception {
        String conversation = new SimulatorClient(gateway).postJson("/conversations/", "{\"webChat\":\"" + SimulatorClient.WEB_CHAT + "\"}", 201).getString("id");
        // A message, an attachment's name, a sign-in name (into the audit trail), a question (into Records).
        HttpResponse<String> sent = send(as(request(gateway, "/api/v1/conversations/" + conversation + "/messages"), DevUsers.CLIENT)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"content\":" + jsonString(PAYLOAD) + "}")));
        assertEquals(201, sent.statusCode(), sent::body);
        byte[] png = java.util.Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        String filename = "<img src=x onerror=window.__pwned=3>.png";
        HttpResponse<String> uploaded = send(new Multipart().file("file", filename, "image/png", png)
                .post(as(request(gateway, "/api/v1/conversations/" + conversation + "/attachments"), DevUsers.ADMIN)));
        assertEquals(201, uploaded.statusCode(), uploaded::body);
        send(com.maiagentgateway.it.Http.basic(request(gateway, "/api/v1/me"), PAYLOAD, "wrong"));
        HttpResponse<String> asked = send(as(request(gateway, "/api/v1/chatbots/" + SimulatorClient.SUPPORT_BOT + "/completions"), DevUsers.CLIENT)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"message\":{\"content\":" + jsonString(PAYLOAD) + "}}")));
        assertEquals(200, asked.statusCode(), asked::body);

        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("the thread", "/console/conversation.xhtml?id=" + conversation);
        pages.put("the attachments", "/console/attachments.xhtml?id=" + conversation);
        pages.put("the audit trail", "/console/audit.xhtml");
        pages.put("the records", "/console/records.xhtml");
        for (var shown : pages.entrySet()) {
            browser.open(page(shown.getValue()));
            if (shown.getKey().equals("the records")) {
                browser.type(By.id("filters:userText"), "onerror");
                browser.find(By.id("filters:search")).click();
            }
            // Shown as text: in what the page reads out, not only in its markup (a search box holding it is not enough).
            // (An ajax answer may replace nodes while the text is read: Chromium then says the node left the document.)
            browser.waitFor().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> d.findElement(By.tagName("main")).getText().contains("onerror"));
            browser.screenshot("security-" + shown.getKey().replace(' ', '-'));
            if (notRun()) {
                held("script in " + shown.getKey());
            }
        }
        assertEquals(pages.size(), held.size(), () -> "held: " + held);
        System.out.println("SecurityBrowserIT: script in " + pages.size() + " console pages' fields, " + held.size() + " shown as text");
    }

    @Test
    void theContentSecurityPolicyStopsScriptInjectedIntoAPageAndTheCookiesAreGuarded() {
        browser.open(page("/console/conversations.xhtml"));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("const s = document.createElement('script'); s.textContent = 'window.__pwned = 4'; document.body.appendChild(s);"
                + "const a = document.createElement('a'); a.href = 'javascript:window.__pwned=5'; a.id = 'injected'; a.textContent = 'injected link'; document.body.prepend(a);");
        browser.find(By.id("injected")).click();
        sleep(Duration.ofMillis(300));
        assertTrue(notRun(), "an inline script or javascript: link added to a console page does not run");
        held("inline script injected into a page");

        for (String name : List.of("MaiAgentConsole", "JSESSIONID")) {
            Cookie cookie = browser.driver().manage().getCookieNamed(name);
            if (cookie == null) {
                assertTrue(!name.equals("MaiAgentConsole"), "signed in by the console's own cookie");
                continue;
            }
            assertTrue(cookie.isHttpOnly(), name + " is HttpOnly");
            assertEquals("Lax", cookie.getSameSite(), name + " is SameSite=Lax");
            held("cookie " + name + " out of scripts' and other sites' reach");
        }
        assertTrue((Boolean) js.executeScript("return !document.cookie.includes('MaiAgentConsole')"), "scripts cannot read the sign-in cookie");
        System.out.println("SecurityBrowserIT: " + held.size() + " of " + held.size() + " in-page attacks held (CSP, cookie flags)");
    }

    @Test
    void anOldSignInCookiePutBackAfterSigningOutOpensNothing() {
        Cookie token = browser.driver().manage().getCookieNamed("MaiAgentConsole");
        browser.find(By.id("signOutForm:signOut")).click();
        browser.waitFor().until(ExpectedConditions.titleContains("Sign in"));
        browser.driver().manage().addCookie(new Cookie.Builder(token.getName(), token.getValue()).path(token.getPath()).isHttpOnly(true).build());
        browser.open(page("/console/conversations.xhtml"));
        browser.waitFor().until(ExpectedConditions.titleContains("Sign in"));
        System.out.println("SecurityBrowserIT: a signed-out cookie put back in the browser, refused");
    }

    private boolean notRun() {
        Object flag = ((JavascriptExecutor) browser.driver()).executeScript("return window.__pwned === undefined");
        try {
            browser.driver().switchTo().alert();
            return false;
        } catch (NoAlertPresentException none) {
            return Boolean.TRUE.equals(flag);
        }
    }

    private static String jsonString(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
