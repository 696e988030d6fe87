package com.maiagentgateway.api;

import static com.maiagentgateway.it.Http.as;
import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.send;
import static com.maiagentgateway.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.DevUsers;
import com.maiagentgateway.it.GatewayWar;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every error is application/problem+json with the right status, never an HTML page or a stack trace. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiErrorsIT {

    @Deployment(testable = false)
    static WebArchive gatewayWithProbe() {
        return GatewayWar.named("probe").addClasses(ProblemProbeApi.class, ProblemProbeResource.class,
                ProblemProbeResource.Message.class);
    }

    @ArquillianResource
    URL gateway;

    @Test
    void unknownPathIs404() {
        assertProblem(send(as(request(gateway, "/api/v1/no-such-thing"), DevUsers.ADMIN)), 404, "not-found");
    }

    /** Addresses under no operation, and methods a servlet does not take, are answered as problems too, never HTML. */
    @Test
    void whatNoOperationAnswersIsAProblemToo() {
        assertProblem(send(as(request(gateway, "/api/v2/conversations"), DevUsers.ADMIN)), 404, "not-found");
        assertProblem(send(request(gateway, "/api")), 404, "not-found");
        assertProblem(send(request(gateway, "/webhooks/maiagent")), 405, "method-not-allowed");
        assertProblem(send(request(gateway, "/webhooks/elsewhere")), 404, "not-found");
    }

    /** The server's root, under no application, is a plain 404 that does not name the server. */
    @Test
    void theServersRootNamesNoProduct() {
        HttpResponse<String> root = send(request(java.net.URI.create("http://" + gateway.getHost() + ":" + gateway.getPort() + "/")));
        assertEquals(404, root.statusCode(), root::body);
        assertFalse(root.body().toLowerCase(java.util.Locale.ROOT).contains("liberty"), root::body);
    }

    @Test
    void wrongMethodIs405WithAllow() {
        HttpResponse<String> response = send(as(request(gateway, "/api/v1/me").DELETE(), DevUsers.ADMIN));

        assertProblem(response, 405, "method-not-allowed");
        assertTrue(response.headers().firstValue("Allow").orElse("").contains("GET"));
    }

    @Test
    void invalidQueryParameterIs400NamingTheField() {
        JsonObject problem = assertProblem(send(as(request(gateway, "/api/v1/audit?pageSize=0"), DevUsers.ADMIN)), 400, "invalid-input");

        assertEquals("pageSize", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void unconvertibleQueryParameterIs400Not404() {
        assertProblem(send(as(request(gateway, "/api/v1/audit?page=abc"), DevUsers.ADMIN)), 400, "bad-request");
    }

    @Test
    void impossibleDateIs400() {
        JsonObject problem = assertProblem(send(as(request(gateway, "/api/v1/audit?fromDate=2026-02-30"), DevUsers.ADMIN)), 400, "invalid-input");

        assertEquals("fromDate", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void backwardsDateRangeIs400() {
        assertProblem(send(as(request(gateway, "/api/v1/audit?fromDate=2026-05-02&toDate=2026-05-01"), DevUsers.ADMIN)), 400, "invalid-input");
    }

    @Test
    void wrongContentTypeIs415() {
        HttpResponse<String> response = send(request(gateway, "/problem-probe/messages")
                .header("Content-Type", "text/plain").POST(BodyPublishers.ofString("hello")));

        assertProblem(response, 415, "unsupported-media-type");
    }

    @Test
    void malformedJsonIs400() {
        HttpResponse<String> response = send(request(gateway, "/problem-probe/messages")
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString("{\"content\": ")));

        assertProblem(response, 400, "bad-request");
    }

    @Test
    void invalidBodyFieldsAre400WithOneErrorEach() {
        HttpResponse<String> response = send(request(gateway, "/problem-probe/messages")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"content\": \"  \", \"attachments\": [\"a\",\"b\",\"c\",\"d\"]}")));

        JsonObject problem = assertProblem(response, 400, "invalid-input");
        assertEquals(2, problem.getJsonArray("errors").size(), problem::toString);
        // Named as the caller sent them (the body's members), not after the Java parameter.
        assertTrue(problem.toString().contains("\"field\":\"content\""), problem::toString);
        assertTrue(problem.toString().contains("\"field\":\"attachments\""), problem::toString);
    }

    @Test
    void crashIs500WithAnIncidentAndNothingInternal() {
        HttpResponse<String> response = send(request(gateway, "/problem-probe/crash"));

        JsonObject problem = assertProblem(response, 500, "internal-error");
        assertTrue(problem.getString("detail").contains("incident"));
        assertFalse(response.body().contains("secret internal state"));
        assertFalse(response.body().contains("IllegalStateException"));
    }

    /** Bad input found by the probe, each once a 500: now a 4xx problem that says what is wrong. */
    @Test
    void aPageFarPastTheTrailIs400NotAnOverflow() {
        JsonObject problem = assertProblem(send(as(request(gateway, "/api/v1/audit?page=2147483647"), DevUsers.ADMIN)), 400, "invalid-input");
        assertEquals("page", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void jsonBodiesAreBoundedAndHeldToTheLetter() {
        String conversations = "/api/v1/conversations";
        java.util.function.Function<String, HttpResponse<String>> post = body -> send(as(request(gateway, conversations), DevUsers.CLIENT)
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
        String webChat = "{\"webChat\":\"" + com.maiagentgateway.it.SimulatorClient.WEB_CHAT + "\"}";
        assertProblem(post.apply(webChat + " trailing"), 400, "bad-request");
        assertProblem(post.apply(webChat + "{}"), 400, "bad-request");
        assertProblem(post.apply("[".repeat(50_000) + "]".repeat(50_000)), 400, "bad-request");
        JsonObject tooLarge = assertProblem(post.apply("{\"webChat\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}"), 413, "payload-too-large");
        assertTrue(tooLarge.getString("detail").contains("1048576"), tooLarge::toString);
        HttpResponse<String> invalidUtf8 = send(as(request(gateway, conversations), DevUsers.CLIENT).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', 'w', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'})));
        JsonObject utf8 = assertProblem(invalidUtf8, 400, "bad-request");
        assertTrue(utf8.getString("detail").contains("UTF-8"), utf8::toString);
    }

    @Test
    void problemDetailsNameNoJavaTypes() {
        HttpResponse<String> wrongType = send(as(request(gateway, "/api/v1/conversations"), DevUsers.CLIENT)
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"webChat\":{\"a\":1}}")));
        JsonObject problem = assertProblem(wrongType, 400, "invalid-input");
        assertEquals("Invalid input: webChat must be a string.", problem.getString("detail"));
        assertTrue(!problem.toString().matches("(?s).*\\b(java|jakarta|org|com)\\.[a-z]+\\..*"), problem::toString);
    }
}
