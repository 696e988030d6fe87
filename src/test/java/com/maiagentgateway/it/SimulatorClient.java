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

    private final String base;

    public SimulatorClient(URL gateway) {
        this.base = gateway.toExternalForm().replaceAll("/+$", "") + "/simulator";
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
