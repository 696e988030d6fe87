package com.maiagentgateway.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Calls to the simulator as the gateway makes them: MaiAgent paths, the dev Api-Key. */
public final class SimulatorClient {

    public static final String KEY_HEADER = "Authorization";

    /** Seeded ids, as the simulator derives them (name-based UUIDs). */
    public static final String WEB_INBOX = seeded("inbox-web");
    public static final String LINE_INBOX = seeded("inbox-line");
    public static final String WEB_CHAT = seeded("webchat-main");
    public static final String SUPPORT_BOT = seeded("chatbot-support");
    public static final String FAQ_BOT = seeded("chatbot-faq");

    /** The simulator's context root, beside the gateway's on the same server. */
    public static final String CONTEXT_ROOT = "/maiagent-simulator";

    private final String base;

    /** The simulator on the server that serves {@code gateway}. */
    public SimulatorClient(URL gateway) {
        this.base = URI.create(gateway.toExternalForm()).resolve(CONTEXT_ROOT).toString();
    }

    /** The simulator on the integration-test server (for a test's static set-up, before any deployment is known). */
    public static SimulatorClient onTestServer() {
        try {
            return new SimulatorClient(URI.create("http://127.0.0.1:" + System.getProperty("it.http.port", "9180") + "/").toURL());
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Overrides simulator settings ({@code stream-delay-ms}, {@code webhook.reply-delay-ms}, ...: the names
     * after {@code maiagent.simulator.}) until {@link #resetSettings()}; the simulator is its own application,
     * so a test cannot set them through the gateway's config.
     */
    public void settings(String... namesAndValues) {
        jakarta.json.JsonObjectBuilder json = jakarta.json.Json.createObjectBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            json.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        HttpResponse<String> answer = Http.send(keyed(Http.request(uri("/control/settings/")))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json.build().toString())));
        if (answer.statusCode() != 200) {
            throw new AssertionError("simulator settings refused: " + answer.statusCode() + " " + answer.body());
        }
    }

    public void resetSettings() {
        Http.send(keyed(Http.request(uri("/control/settings/"))).DELETE());
    }

    public static String seeded(String name) {
        return UUID.nameUUIDFromBytes(("maiagent-simulator:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    /** A request under /api/v1 with the key. */
    public HttpRequest.Builder api(String path) {
        return keyed(Http.request(uri("/api/v1" + path)));
    }

    public HttpRequest.Builder at(String pathFromSimulatorRoot) {
        return keyed(Http.request(uri(pathFromSimulatorRoot)));
    }

    public static HttpRequest.Builder keyed(HttpRequest.Builder request) {
        return request.header(KEY_HEADER, "Api-Key " + DevUsers.maiAgentApiKey());
    }

    public static HttpRequest.Builder json(HttpRequest.Builder request, String body) {
        return request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    public JsonObject getJson(String path) {
        HttpResponse<String> response = Http.send(api(path));
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Http.json(response);
    }

    public JsonObject postJson(String path, String body, int expectedStatus) {
        HttpResponse<String> response = Http.send(json(api(path), body));
        if (response.statusCode() != expectedStatus) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Http.json(response);
    }

    public static JsonArray results(JsonObject page) {
        return page.getJsonArray("results");
    }

    /** Follows a next/previous URL as handed out. */
    public JsonObject follow(String url) {
        HttpResponse<String> response = Http.send(keyed(Http.request(URI.create(url))));
        if (response.statusCode() != 200) {
            throw new AssertionError(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return Http.json(response);
    }
}
