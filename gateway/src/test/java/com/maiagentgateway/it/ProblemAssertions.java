package com.maiagentgateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/** What every error answer must be: problem+json with the status, a stable type, a detail, and no stack trace. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static JsonObject assertProblem(HttpResponse<String> response, int status, String kind) {
        assertEquals(status, response.statusCode(), () -> "status; body: " + response.body());
        assertTrue(Http.contentType(response).startsWith("application/problem+json"),
                () -> "content type was " + Http.contentType(response) + "; body: " + response.body());
        JsonObject problem = Http.json(response);
        assertEquals(status, problem.getInt("status"));
        assertEquals("urn:maiagent-gateway:problem:" + kind, problem.getString("type"));
        assertFalse(problem.getString("detail").isBlank());
        assertNoStackTrace(response.body());
        return problem;
    }

    public static void assertNoStackTrace(String body) {
        assertFalse(body.matches("(?s).*\\bat [a-z]+\\.[a-zA-Z.$]+\\(.*"), () -> "stack frame in: " + body);
        assertFalse(body.contains("Exception"), () -> "exception name in: " + body);
    }
}
