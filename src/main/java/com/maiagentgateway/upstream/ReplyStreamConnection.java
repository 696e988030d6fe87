package com.maiagentgateway.upstream;

import com.maiagentgateway.platform.MaiAgentSettings;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Opens a streamed completion at MaiAgent. Not through the Rest Client: its streams are drained
 * to the end when closed, so a caller who leaves would keep MaiAgent generating. Here closing the
 * stream ends the exchange at once. The key still comes from {@link MaiAgentKeyHeaders}, errors
 * are read as by {@link MaiAgentErrorMapper}, and a stream silent for longer than
 * {@code maiagent.read-timeout-ms} is cut.
 */
@ApplicationScoped
public class ReplyStreamConnection {

    @Inject
    MaiAgentSettings settings;

    @Inject
    UpstreamHttpClient http;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "maiagent-stream-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    /** The open event stream; the caller closes it. */
    public InputStream open(String chatbotId, JsonObject body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/chatbots/"
                        + URLEncoder.encode(chatbotId, StandardCharsets.UTF_8) + "/completions/"))
                .timeout(Duration.ofMillis(settings.readTimeoutMillis()))
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        new MaiAgentKeyHeaders().update(new MultivaluedHashMap<>(), new MultivaluedHashMap<>())
                .forEach((name, values) -> values.forEach(value -> request.header(name, value)));
        HttpResponse<InputStream> response;
        try {
            response = http.get().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw UpstreamCall.unreachable("a streamed completion", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MaiAgentUnreachableException("interrupted", false, false, e);
        }
        if (response.statusCode() >= 400) {
            String errorBody;
            try (InputStream in = response.body()) {
                errorBody = new String(in.readNBytes(8192), StandardCharsets.UTF_8);
            } catch (IOException e) {
                errorBody = "";
            }
            throw MaiAgentErrorMapper.exceptionFor(response.statusCode(), errorBody,
                    response.headers().firstValue("Retry-After").orElse(null));
        }
        return new SilenceGuard(response.body(), settings.readTimeoutMillis());
    }

    @PreDestroy
    void stop() {
        watchdog.shutdownNow();
    }

    /** Cuts the stream when nothing arrives for too long; the reader then sees the stream fail. */
    private final class SilenceGuard extends FilterInputStream {

        private final long limitMillis;
        private volatile long lastByteAt = System.nanoTime();
        private volatile boolean cutForSilence;
        private final ScheduledFuture<?> check;

        SilenceGuard(InputStream in, long limitMillis) {
            super(in);
            this.limitMillis = limitMillis;
            long every = Math.max(100, limitMillis / 4);
            this.check = watchdog.scheduleAtFixedRate(this::cutIfSilent, every, every, TimeUnit.MILLISECONDS);
        }

        private void cutIfSilent() {
            if ((System.nanoTime() - lastByteAt) / 1_000_000 > limitMillis) {
                cutForSilence = true;
                try {
                    close();
                } catch (IOException ignored) {
                    // closed either way
                }
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n;
            try {
                n = super.read(buffer, offset, length);
            } catch (IOException closedUnderneath) {
                throw cutForSilence ? silence() : closedUnderneath;
            }
            if (cutForSilence) {
                throw silence();
            }
            lastByteAt = System.nanoTime();
            return n;
        }

        private java.net.SocketTimeoutException silence() {
            return new java.net.SocketTimeoutException("MaiAgent's stream was silent for more than " + limitMillis + " ms");
        }

        @Override
        public void close() throws IOException {
            check.cancel(false);
            super.close();
        }
    }
}
