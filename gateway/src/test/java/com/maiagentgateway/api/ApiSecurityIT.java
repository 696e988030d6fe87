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
import org.junit.jupiter.api.Test;

/** Who may call the API: Basic against the server's registry, roles from the server's groups. */
class ApiSecurityIT extends CallingTheGateway {

    @Test
    void anonymousCallIsRefusedWithAChallengeAndAProblem() {
        HttpResponse<String> response = send(request(gateway, "/api/v1/me"));

        assertProblem(response, 401, "unauthenticated");
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic "));
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
