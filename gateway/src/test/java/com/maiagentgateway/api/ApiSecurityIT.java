package com.maiagentgateway.api;

import static com.maiagentgateway.it.Http.as;
import static com.maiagentgateway.it.Http.basic;
import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.send;
import static com.maiagentgateway.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.CallingTheGateway;
import com.maiagentgateway.it.DevUsers;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who may call the API: Basic against the server's registry, roles from the server's groups. */
class ApiSecurityIT extends CallingTheGateway {

    @Test
    void anonymousCallIsRefusedWithAChallengeAndAProblem() {
        HttpResponse<String> response = send(request(gateway, "/api/v1/me"));

        assertProblem(response, 401, "unauthenticated");
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic "));
    }

    /** Refusals the authentication filter answers itself carry the hardening headers of every other answer. */
    @Test
    void refusalsCarryTheSecurityHeadersToo() {
        List<HttpResponse<String>> refusals = List.of(
                send(request(gateway, "/api/v1/me")),                                                            // 401, no credentials
                send(request(gateway, "/api/v1/me").header("Authorization", "Bearer mgw_00000000_" + "A".repeat(43))), // 401, unknown key
                send(request(gateway, "/api/v1/me").header("Cookie", "MaiAgentConsole=x")));                       // 403, a console cookie
        for (HttpResponse<String> refused : refusals) {
            String what = refused.statusCode() + " " + refused.body();
            assertTrue(refused.statusCode() == 401 || refused.statusCode() == 403, what);
            assertEquals("nosniff", refused.headers().firstValue("X-Content-Type-Options").orElse(null), what);
            assertEquals("no-store", refused.headers().firstValue("Cache-Control").orElse(null), what);
            assertEquals("no-referrer", refused.headers().firstValue("Referrer-Policy").orElse(null), what);
            assertEquals("DENY", refused.headers().firstValue("X-Frame-Options").orElse(null), what);
        }
    }

    /** Over HTTPS every answer tells the browser to use nothing else for a year (HSTS); over plain HTTP it cannot. */
    @Test
    void httpsAnswersCarryStrictTransportSecurity() throws Exception {
        javax.net.ssl.SSLContext trustingTheTestServer = javax.net.ssl.SSLContext.getInstance("TLS");
        trustingTheTestServer.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
            @Override
            public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String authType) {
                // The test server's certificate is the one Liberty generated for itself.
            }

            @Override
            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                return new java.security.cert.X509Certificate[0];
            }
        }}, null);
        java.net.http.HttpClient https = java.net.http.HttpClient.newBuilder().sslContext(trustingTheTestServer)
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        java.net.URI me = java.net.URI.create("https://127.0.0.1:" + System.getProperty("it.https.port", "9543") + "/maiagent/api/v1/me");
        for (boolean signedIn : List.of(false, true)) {
            java.net.http.HttpRequest.Builder call = java.net.http.HttpRequest.newBuilder(me);
            if (signedIn) {
                call.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (DevUsers.CLIENT.user() + ":" + DevUsers.CLIENT.password()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            HttpResponse<String> answer = https.send(call.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(signedIn ? 200 : 401, answer.statusCode(), answer::body);
            assertEquals("max-age=31536000", answer.headers().firstValue("Strict-Transport-Security").orElse(null),
                    (signedIn ? "an answer" : "a refusal") + " over HTTPS");
        }
        assertTrue(send(request(gateway, "/api/v1/me")).headers().firstValue("Strict-Transport-Security").isEmpty(), "not over plain HTTP");
    }

    @Test
    void wrongPasswordIsRefused() {
        HttpResponse<String> response = send(basic(request(gateway, "/api/v1/me"), DevUsers.ADMIN.user(), "not-the-password"));

        JsonObject problem = assertProblem(response, 401, "unauthenticated");
        assertTrue(problem.getString("detail").contains("not valid"));
    }

    @Test
    void malformedAuthorizationHeaderIsRefused() {
        HttpResponse<String> response = send(request(gateway, "/api/v1/me").header("Authorization", "Basic %%%not-base64"));

        assertProblem(response, 401, "unauthenticated");
        // base64 of a text without the colon between user and password
        assertProblem(send(request(gateway, "/api/v1/me").header("Authorization", "Basic bm8tY29sb24taGVyZQ==")), 401, "unauthenticated");
    }

    @Test
    void clientUserIsAuthenticatedWithItsRole() {
        HttpResponse<String> response = send(as(request(gateway, "/api/v1/me"), DevUsers.CLIENT));

        assertEquals(200, response.statusCode(), response::body);
        JsonObject caller = json(response);
        assertEquals(DevUsers.CLIENT.user(), caller.getString("user"));
        assertEquals("[\"maiagent-client\"]", caller.getJsonArray("roles").toString());
    }

    @Test
    void adminOnlyOperationRefusesTheClientRole() {
        HttpResponse<String> response = send(as(request(gateway, "/api/v1/audit"), DevUsers.CLIENT));

        assertProblem(response, 403, "forbidden");
    }

    @Test
    void adminMayReadTheAuditTrail() {
        HttpResponse<String> response = send(as(request(gateway, "/api/v1/audit"), DevUsers.ADMIN));

        assertEquals(200, response.statusCode(), response::body);
        assertTrue(json(response).containsKey("items"));
    }

    @Test
    void apiCallsLeaveNoLoginBehind() {
        HttpResponse<String> response = send(as(request(gateway, "/api/v1/me"), DevUsers.ADMIN));

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("MaiAgentConsole") || c.startsWith("LtpaToken2")),
                () -> "cookies: " + response.headers().allValues("Set-Cookie"));
    }

    /** Guessing is slowed and seen: the sixth wrong password in a row is refused without being tried, and every one is audited. */
    @Test
    void passwordGuessingIsThrottledAndAudited() {
        String account = "guess-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            assertProblem(send(basic(request(gateway, "/api/v1/me"), account, "try-" + i)), 401, "unauthenticated");
        }
        HttpResponse<String> refused = send(basic(request(gateway, "/api/v1/me"), account, "try-5"));
        assertProblem(refused, 429, "too-many-sign-ins");
        assertTrue(Long.parseLong(refused.headers().firstValue("Retry-After").orElse("0")) > 0);

        JsonObject trail = json(send(as(request(gateway, "/api/v1/audit?action=api.sign-in&pageSize=10&actor=" + account), DevUsers.ADMIN)));
        assertEquals(6, trail.getJsonArray("items").size(), trail::toString);
        assertEquals("DENIED", trail.getJsonArray("items").getJsonObject(0).getString("outcome"));
        assertEquals("FAILURE", trail.getJsonArray("items").getJsonObject(1).getString("outcome"));
        // Others are not caught by it: the dev users still sign in from the same address.
        assertEquals(200, send(as(request(gateway, "/api/v1/me"), DevUsers.CLIENT)).statusCode());
    }
}
