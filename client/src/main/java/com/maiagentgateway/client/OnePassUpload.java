package com.maiagentgateway.client;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one-pass upload, sent by the JDK's HttpClient rather than the Rest Client: the file itself as the body, its
 * length declared, its bytes read as they are sent. The Rest Client's engine on Open Liberty and WildFly (RESTEasy on
 * Apache's HttpClient) cannot send that: a declared Content-Length is refused (ClientProtocolException, when tried on
 * the test server), and a stream of undeclared length is either copied before it is sent or sent chunked, which the
 * gateway must then spool. Configured from the client's own keys.
 */
final class OnePassUpload {

    /** One for the application: a JDK client keeps its connections and a selector thread. */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Jsonb JSON = JsonbBuilder.create();

    private OnePassUpload() {
    }

    static Attachment send(String conversationId, String filename, long size, InputStream content, String authorization) {
        String base = ConfigProvider.getConfig().getValue(GatewayClient.CONFIG_KEY + "/mp-rest/url", String.class);
        URI target = URI.create(base.replaceAll("/+$", "") + "/api/v1/conversations/"
                + URLEncoder.encode(conversationId, StandardCharsets.UTF_8) + "/attachments");
        HttpRequest request = HttpRequest.newBuilder(target)
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("Content-Type", "application/octet-stream")
                .header("Content-Disposition", attachmentNamed(filename))
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> content), size))
                .build();
        HttpResponse<String> answer;
        try {
            answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the upload to " + target + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the upload was interrupted", e);
        }
        if (answer.statusCode() >= 400) {
            throw GatewayProblemMapper.problemOf(answer.statusCode(), "HTTP " + answer.statusCode(), answer.body(),
                    answer.headers().firstValue("Retry-After").orElse(null));
        }
        return JSON.fromJson(answer.body(), Attachment.class);
    }

    /**
     * {@code attachment; filename="…"; filename*=UTF-8''…} (RFC 6266): the plain name for any reader, the exact one,
     * percent-encoded, for a name beyond ASCII or with quotes.
     */
    static String attachmentNamed(String filename) {
        String plain = filename.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
        // URLEncoder's form encoding, made RFC 5987's: a space is %20, and '*' is not among its plain characters.
        String exact = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + plain + "\"; filename*=UTF-8''" + exact;
    }
}
