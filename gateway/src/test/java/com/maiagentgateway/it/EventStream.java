package com.maiagentgateway.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An open Server-Sent Events response, read as a browser's EventSource would: each event lands in a
 * queue with the time it arrived, as it arrives. {@link #close()} hangs up.
 */
public final class EventStream implements AutoCloseable {

    private static final HttpClient STREAMING = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** One event as received; {@code atMillis} counts from when the request was sent. */
    public record Event(String name, String id, String data, long atMillis) {
        public JsonObject json() {
            return Json.createReader(new StringReader(data)).readObject();
        }
    }

    private static final Event END = new Event("", "", "", -1);

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final InputStream body;
    private final long startNanos;

    private EventStream(InputStream body, long startNanos) {
        this.body = body;
        this.startNanos = startNanos;
        Thread reader = new Thread(this::read, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Sends the request; fails unless the answer is 200 text/event-stream. */
    public static EventStream open(HttpRequest.Builder request) {
        long start = System.nanoTime();
        HttpResponse<InputStream> response;
        try {
            response = STREAMING.send(request.header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (response.statusCode() != 200 || !type.startsWith("text/event-stream")) {
            String body;
            try (InputStream in = response.body()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                body = "(unreadable)";
            }
            throw new AssertionError("expected a 200 event stream, got " + response.statusCode() + " " + type + ": " + body);
        }
        return new EventStream(response.body(), start);
    }

    private void read() {
        String name = "message";
        String id = "";
        StringBuilder data = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                } else if (line.isEmpty() && data.length() > 0) {
                    events.add(new Event(name, id, data.toString(), (System.nanoTime() - startNanos) / 1_000_000));
                    name = "message";
                    data.setLength(0);
                }
            }
        } catch (IOException hungUp) {
            // closed by close(), or by the server
        } finally {
            events.add(END);
        }
    }

    /** The next event, or null when none came within the time or the stream ended. */
    public Event next(Duration within) throws InterruptedException {
        Event event = events.poll(within.toMillis(), TimeUnit.MILLISECONDS);
        if (event == END) {
            events.add(END);
            return null;
        }
        return event;
    }

    /** The next event of that name, skipping others (heartbeats, say); null as {@link #next}. */
    public Event next(String name, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        for (long left = within.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            Event event = next(Duration.ofNanos(left));
            if (event == null || event.name().equals(name)) {
                return event;
            }
        }
        return null;
    }

    /** Whether the server ended the stream within the time (events before the end are skipped). */
    public boolean endsWithin(Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        for (long left = within.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            Event event = events.poll(left, TimeUnit.NANOSECONDS);
            if (event == END) {
                events.add(END);
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
