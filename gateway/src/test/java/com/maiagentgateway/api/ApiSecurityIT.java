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
        assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("LtpaToken2")),
                () -> "cookies: " + response.headers().allValues("Set-Cookie"));
    }
}
