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
import com.maiagentgateway.it.FromAddress;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Who may call the API: Basic against the server's registry, roles from the server's groups. */
class ApiSecurityIT extends CallingTheGateway {

    /**
     * ";" parameters in the address are dropped by the container when it picks the API: the credentials are checked
     * all the same. Good ones are not refused as missing (they were: 401), the call is answered or is a 404 problem;
     * none are still refused.
     */
    @Test
    void pathParametersInTheAddressNeitherLockOutNorLetIn() {
        for (String path : java.util.List.of("/api;x=1/v1/me", "/api;/v1/me", "/api/v1;/me", "/openai;x/v1/models")) {
            HttpResponse<String> answered = send(as(request(gateway, path), DevUsers.CLIENT));
            assertTrue(answered.statusCode() == 200 || answered.statusCode() == 404, () -> path + ": " + answered.statusCode() + " " + answered.body());
            HttpResponse<String> anonymous = send(request(gateway, path));
            assertTrue(anonymous.statusCode() == 401 || anonymous.statusCode() == 404, () -> path + " without credentials: " + anonymous.statusCode());
        }
        assertEquals(401, send(request(gateway, "/api;x=1/v1/me")).statusCode());
    }

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

    /**
     * A password the registry just accepted is remembered (30 s): the same user with another password, or another user
     * with that password, is not let in by it (from addresses of their own, so their failures slow no other test).
     */
    @Test
    void aRememberedPasswordLetsNoOtherPasswordIn() {
        DevUsers client = DevUsers.CLIENT;
        assertEquals(200, send(as(request(gateway, "/api/v1/me"), client)).statusCode());
        FromAddress.Block addresses = FromAddress.block();
        FromAddress.Answer wrong = addresses.at(41).getAs(gateway, "/api/v1/me", client.user(), client.password() + "x");
        assertTrue(wrong.status() == 401 || wrong.status() == 429, "another password is refused (or slowed, if the account is under attack): " + wrong.body());
        assertEquals(401, addresses.at(42).getAs(gateway, "/api/v1/me", "nobody-" + UUID.randomUUID(), client.password()).status(),
                "another user with the remembered password");
        HttpResponse<String> again = send(as(request(gateway, "/api/v1/me"), client));
        assertEquals(200, again.statusCode(), again::body);
        assertEquals("[\"maiagent-client\"]", json(again).getJsonArray("roles").toString(), "the remembered caller keeps its role, no more");
        assertProblem(send(as(request(gateway, "/api/v1/audit"), client)), 403, "forbidden");
    }

    /**
     * One registry user's calls, 16 at once, across several ends of its remembered password (1 s on the test server):
     * each keeps the user's role. They did not: a call arriving while a check's own request was still on its way was
     * named without groups, Liberty kept that subject, and every call of the user was refused 403 until the next check.
     */
    @Test
    void concurrentCallsOfOneUserKeepItsRoleAcrossTheEndsOfItsRememberedPassword() throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try {
            List<Future<Map<String, Integer>>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(callers.submit(() -> {
                    Map<String, Integer> seen = new TreeMap<>();
                    while (System.nanoTime() < until) {
                        HttpResponse<String> me = send(as(request(gateway, "/api/v1/me"), DevUsers.ADMIN));
                        String what = me.statusCode() + " " + (me.statusCode() == 200 ? json(me).getJsonArray("roles") : me.body().replaceAll("\"traceId\":\"\\w+\"", ""));
                        seen.merge(what, 1, Integer::sum);
                    }
                    return seen;
                }));
            }
            Map<String, Integer> all = new TreeMap<>();
            for (Future<Map<String, Integer>> answer : answers) {
                answer.get(30, TimeUnit.SECONDS).forEach((what, count) -> all.merge(what, count, Integer::sum));
            }
            assertEquals(Set.of("200 [\"maiagent-admin\"]"), all.keySet(), all::toString);
            assertTrue(all.values().iterator().next() > 100, () -> "too few calls to cross the ends: " + all);
        } finally {
            callers.shutdownNow();
        }
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

    /**
     * Guessing is slowed and seen: the sixth wrong password in a row is refused without being tried, and every attempt
     * is audited; but repeats from one address are counted in one entry per outcome, so guessing cannot fill the trail.
     */
    @Test
    void passwordGuessingIsThrottledAndAuditedOncePerAddress() {
        String account = "guess-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            assertProblem(send(basic(request(gateway, "/api/v1/me"), account, "try-" + i)), 401, "unauthenticated");
        }
        for (int i = 5; i < 55; i++) {
            HttpResponse<String> refused = send(basic(request(gateway, "/api/v1/me"), account, "try-" + i));
            assertProblem(refused, 429, "too-many-sign-ins");
            assertTrue(Long.parseLong(refused.headers().firstValue("Retry-After").orElse("0")) > 0);
        }

        JsonObject trail = json(send(as(request(gateway, "/api/v1/audit?action=api.sign-in&pageSize=10&actor=" + account), DevUsers.ADMIN)));
        assertEquals(2, trail.getJsonArray("items").size(), trail::toString);
        JsonObject denied = trail.getJsonArray("items").getJsonObject(0);
        JsonObject failed = trail.getJsonArray("items").getJsonObject(1);
        assertEquals("DENIED", denied.getString("outcome"));
        assertEquals(50, denied.getInt("times"), denied::toString);
        assertEquals("FAILURE", failed.getString("outcome"));
        assertEquals(5, failed.getInt("times"), failed::toString);
        assertTrue(failed.getString("detail").endsWith("from 127.0.0.1"), failed::toString);
        assertTrue(!java.time.Instant.parse(failed.getString("lastOccurredAt")).isBefore(java.time.Instant.parse(failed.getString("occurredAt"))),
                failed::toString);
        // Others are not caught by it: the dev users still sign in from the same address.
        assertEquals(200, send(as(request(gateway, "/api/v1/me"), DevUsers.CLIENT)).statusCode());
    }

    /**
     * Nobody can lock the owner out (OWASP: growing delays, no lockout). Five wrong passwords from each of ten addresses
     * put the account under attack: those addresses are slowed, Retry-After saying what is left of their wait, and a new
     * address gets one try before it waits too. The owner's right password is still taken, from any address of its own.
     */
    @Test
    void guessingFromManyAddressesSlowsTheGuessersAndLeavesTheOwnerIn() {
        FromAddress.Block addresses = FromAddress.block();
        DevUsers owner = DevUsers.CLIENT;
        int failuresOfTheFirst = 0;
        for (int host = 2; host <= 11; host++) {
            for (int i = 0; i < 5; i++) {
                FromAddress.Answer wrong = addresses.at(host).getAs(gateway, "/api/v1/me", owner.user(), "guess-" + i);
                // A new address is never refused; later tries are, once the account is under attack (50 failures,
                // here or in an earlier run on the same server within its window).
                if (host == 2 && wrong.status() == 401) {
                    failuresOfTheFirst++;
                }
                if (i == 0) {
                    assertEquals(401, wrong.status(), wrong::body);
                } else {
                    assertTrue(wrong.status() == 401 || wrong.status() == 429, wrong::body);
                }
            }
        }
        FromAddress.Answer slowed = addresses.at(2).getAs(gateway, "/api/v1/me", owner.user(), "guess-5");
        assertEquals(429, slowed.status(), slowed::body);
        assertTrue(slowed.body().contains("urn:maiagent-gateway:problem:too-many-sign-ins"), slowed::body);
        long retryAfter = Long.parseLong(slowed.header("Retry-After").orElseThrow());
        // The account is under attack now (no free failures): 30 s doubled once per failure after the first, less
        // what has passed (5 failures: 480 s; fewer when an earlier run on this server left the account under attack).
        long waited = 30L << (failuresOfTheFirst - 1);
        assertTrue(retryAfter > waited - 10 && retryAfter <= waited, "what is left of its " + waited + " s, not a fixed window: " + retryAfter);

        FromAddress.Answer ownerElsewhere = addresses.at(12).getAs(gateway, "/api/v1/me", owner.user(), owner.password());
        assertEquals(200, ownerElsewhere.status(), "the owner, from an address never used: " + ownerElsewhere.body());
        assertEquals(200, send(as(request(gateway, "/api/v1/me"), owner)).statusCode(), "the owner, from its usual address");

        FromAddress stranger = addresses.at(13);
        assertEquals(401, stranger.getAs(gateway, "/api/v1/me", owner.user(), "guess").status());
        assertEquals(429, stranger.getAs(gateway, "/api/v1/me", owner.user(), "guess-again").status(),
                "while the account is under attack a new address has no free failures");
    }

    /**
     * A remembered password skips the throttle, but only at the address that proved it: a guesser slowed elsewhere is
     * still slowed when it tries the right password while the owner is using it (the test server remembers for 1 s).
     */
    @Test
    void aPasswordRememberedAtOneAddressLetsNoSlowedGuesserElsewhereIn() {
        FromAddress.Block addresses = FromAddress.block();
        DevUsers owner = DevUsers.CLIENT;
        FromAddress guesser = addresses.at(2);
        FromAddress.Answer guess = null;
        for (int i = 0; i < 6 && (guess == null || guess.status() != 429); i++) {
            guess = guesser.getAs(gateway, "/api/v1/me", owner.user(), "guess-" + i);
            assertTrue(guess.status() == 401 || guess.status() == 429, guess::body);
        }
        assertEquals(429, guess.status(), "the guesser is slowed: " + guess.body());

        FromAddress ownersAddress = addresses.at(3);
        FromAddress.Answer checked = ownersAddress.getAs(gateway, "/api/v1/me", owner.user(), owner.password());
        assertEquals(200, checked.status(), checked::body);
        FromAddress.Answer right = guesser.getAs(gateway, "/api/v1/me", owner.user(), owner.password());
        assertEquals(429, right.status(), "the right password is not let in at the slowed address: " + right.body());
        FromAddress.Answer remembered = ownersAddress.getAs(gateway, "/api/v1/me", owner.user(), owner.password());
        assertEquals(200, remembered.status(), remembered::body);
    }

    /** An address shared by many (an office's NAT) failing for 100 accounts slows guessing there, and lets an owner in. */
    @Test
    void anAddressFailingForManyAccountsStillLetsAnOwnerIn() {
        FromAddress office = FromAddress.block().at(2);
        for (int i = 0; i < 100; i++) {
            assertEquals(401, office.getAs(gateway, "/api/v1/me", "nobody-" + UUID.randomUUID(), "x").status());
        }
        String another = "someone-" + UUID.randomUUID();
        assertEquals(401, office.getAs(gateway, "/api/v1/me", another, "x").status());
        assertEquals(429, office.getAs(gateway, "/api/v1/me", another, "y").status(), "no free failures from an address under attack");

        FromAddress.Answer owner = office.getAs(gateway, "/api/v1/me", DevUsers.ADMIN.user(), DevUsers.ADMIN.password());
        assertEquals(200, owner.status(), owner::body);
    }

    /** Base64 without its padding is still base64 (RFC 4648 lets a decoder take it): the right password gets in, a wrong one is a 401. */
    @Test
    void unpaddedBasicCredentialsAreTakenAsTheyAre() {
        DevUsers user = DevUsers.CLIENT;
        String padded = java.util.Base64.getEncoder().encodeToString((user.user() + ":" + user.password()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String unpadded = padded.replace("=", "");
        assertTrue(padded.endsWith("="), "the dev client's credentials need padding, or this proves nothing: " + padded.length());

        HttpResponse<String> right = send(request(gateway, "/api/v1/me").header("Authorization", "Basic " + unpadded));
        assertEquals(200, right.statusCode(), right::body);
        // A wrong password of an account nobody else uses here: a failure slows that account at this address.
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        String wrong = java.util.Base64.getEncoder().withoutPadding().encodeToString((nobody + ":not-it").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertProblem(send(request(gateway, "/api/v1/me").header("Authorization", "Basic " + wrong)), 401, "unauthenticated");
        assertProblem(send(request(gateway, "/api/v1/me").header("Authorization", "Basic not*base64")), 401, "unauthenticated");
    }
}
