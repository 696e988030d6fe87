package com.maiagentgateway.upstream;

import com.maiagentgateway.model.StoredUpload;
import com.maiagentgateway.platform.MaiAgentSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The POST of a file to the object storage a presigned upload points at. Not MaiAgent: no API
 * key goes with it. The form fields go first in the order given, the file last, streamed with a
 * known length (S3 refuses chunked uploads): from disk, or from the caller as it arrives; never
 * held in memory.
 */
@ApplicationScoped
public class StorageUploader {

    private static final Pattern S3_CODE = Pattern.compile("<Code>([^<]*)</Code>");
    private static final Pattern S3_MESSAGE = Pattern.compile("<Message>([^<]*)</Message>");

    @Inject
    MaiAgentSettings settings;

    @Inject
    UpstreamHttpClient http;

    public void upload(StoredUpload target, Path file, String filename, String contentType) {
        HttpRequest.BodyPublisher content;
        try {
            content = HttpRequest.BodyPublishers.ofFile(file);
        } catch (FileNotFoundException e) {
            throw new IllegalArgumentException("no file to upload at " + file, e);
        }
        upload(target, content, filename, contentType);
    }

    /**
     * Sends {@code size} bytes of {@code content}, read by the HTTP client as they arrive: one
     * pass, nothing spooled. A stream can be sent once: a second try (the connection
     * refused before any byte went) finds it unread, any later one fails.
     */
    public void upload(StoredUpload target, InputStream content, long size, String filename, String contentType) {
        AtomicBoolean taken = new AtomicBoolean();
        upload(target, HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> {
            if (!taken.compareAndSet(false, true)) {
                throw new IllegalStateException("the upload's bytes were already sent once and cannot be read again");
            }
            return content;
        }), size), filename, contentType);
    }

    private void upload(StoredUpload target, HttpRequest.BodyPublisher content, String filename, String contentType) {
        String boundary = "----maiagent-gateway-" + UUID.randomUUID();
        StringBuilder fields = new StringBuilder();
        for (Map.Entry<String, String> field : target.fields().entrySet()) {
            fields.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                    .append(field.getKey()).append("\"\r\n\r\n").append(field.getValue()).append("\r\n");
        }
        fields.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(filename.replace("\"", "_").replace("\r", "_").replace("\n", "_"))
                .append("\"\r\nContent-Type: ").append(contentType).append("\r\n\r\n");
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofString(fields.toString(), StandardCharsets.UTF_8),
                content,
                HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n", StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.url()))
                .timeout(Duration.ofMillis(settings.storageTimeoutMillis()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(body)
                .build();
        HttpResponse<String> response;
        try {
            response = http.get().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw UpstreamCall.unreachable("the upload to MaiAgent's storage", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MaiAgentUnreachableException("interrupted while uploading", false, false, e);
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            String code = find(S3_CODE, response.body());
            String detail = "MaiAgent's storage refused the upload with HTTP " + status
                    + ("?".equals(code) ? "" : " (" + code + ": " + find(S3_MESSAGE, response.body()) + ")");
            // Storage that is busy is MaiAgent being busy; any other refusal is the presigned form's problem, not the caller's.
            if (status == 429 || status == 502 || status == 503 || status == 504) {
                throw new MaiAgentBusyException(status, detail, response.headers().firstValue("Retry-After")
                        .filter(seconds -> seconds.matches("\\d{1,6}")).map(Long::valueOf).orElse(null));
            }
            throw new MaiAgentProtocolException(detail, null);
        }
    }

    private static String find(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body == null ? "" : body);
        return m.find() ? m.group(1) : "?";
    }

}
