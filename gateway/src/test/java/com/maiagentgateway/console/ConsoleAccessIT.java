package com.maiagentgateway.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The console's container-level protection, apart from the sign-in page: whatever way a user got
 * a login (here the container's own j_security_check), only maiagent-admin gets a console page.
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

    private void containerLogin(DevUsers user) throws Exception {
        String form = "j_username=" + URLEncoder.encode(user.user(), StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(user.password(), StandardCharsets.UTF_8);
        get("/console/");
        HttpResponse<String> login = browserLike.send(HttpRequest.newBuilder(at("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, login.statusCode(), login::body);
    }

    @Test
    void theApplicationRootLeadsToTheConsole() throws Exception {
        HttpResponse<String> response = get("/");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("url=console/"), response::body);
    }

    @Test
    void anonymousIsSentToTheSignInPage() throws Exception {
        HttpResponse<String> response = get("/console/");

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/maiagent/login.xhtml"));
    }

    @Test
    void clientUserWithALoginIsRefusedEveryConsolePage() throws Exception {
        containerLogin(DevUsers.CLIENT);

        HttpResponse<String> response = get("/console/index.xhtml");

        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("Not allowed"), response::body);
        assertTrue(response.body().contains("maiagent-admin"), response::body);
    }

    @Test
    void adminWithALoginGetsTheConsole() throws Exception {
        containerLogin(DevUsers.ADMIN);

        HttpResponse<String> response = get("/console/index.xhtml");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Overview"));
    }
}
