package com.maiagentgateway.live;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * One open Server-Sent Events stream. Events go out in the order given, each id at most once (an
 * event at or below the last id sent is skipped); a write that fails, or a client that left, closes it.
 */
public final class LiveStream {

    private final SseEventSink sink;
    private final Sse sse;
    private long lastSentId;

    LiveStream(SseEventSink sink, Sse sse, long lastSentId) {
        this.sink = sink;
        this.sse = sse;
        this.lastSentId = lastSentId;
    }

    /** A comment line: streams open with one (on Liberty the first write only commits the headers), and it is the heartbeat. */
    synchronized void comment(String text) {
        if (!isClosed()) {
            sink.send(sse.newEventBuilder().comment(text).build()).whenComplete((sent, failure) -> closeIf(failure));
        }
    }

    /** What became of an event offered to a stream. */
    enum Offer { SENT, SENT_BEFORE, CLOSED }

    /** Sends a JSON event unless its id was sent already. */
    synchronized Offer send(long id, String name, String json) {
        if (isClosed()) {
            return Offer.CLOSED;
        }
        if (id <= lastSentId) {
            return Offer.SENT_BEFORE;
        }
        lastSentId = id;
        sink.send(sse.newEventBuilder().name(name).id(String.valueOf(id)).mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(json).build()).whenComplete((sent, failure) -> closeIf(failure));
        return Offer.SENT;
    }

    /**
     * Sends an event again, whatever was sent before, and without an id: the client's resume point (its Last-Event-ID)
     * stays where it was. An administrator's push again of a stored reply.
     */
    synchronized Offer sendAgain(String name, String json) {
        if (isClosed()) {
            return Offer.CLOSED;
        }
        sink.send(sse.newEventBuilder().name(name).mediaType(MediaType.APPLICATION_JSON_TYPE).data(json).build())
                .whenComplete((sent, failure) -> closeIf(failure));
        return Offer.SENT;
    }

    synchronized long lastSentId() {
        return lastSentId;
    }

    boolean isClosed() {
        return sink.isClosed();
    }

    void close() {
        try {
            sink.close();
        } catch (RuntimeException ignored) {
            // already gone
        }
    }

    private void closeIf(Throwable failure) {
        if (failure != null) {
            close();
        }
    }
}
