package com.maiagentgateway.live;

import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The open streams listening to each topic (a conversation's replies, a console ask). A stream whose
 * client has gone drops out the next time anything is sent to it, the heartbeat included.
 */
final class Audiences {

    /** Per node on purpose: a stream is a connection to this node (replies reach every node: see ReplyFanOut). */
    private final Map<String, Set<LiveStream>> byTopic = new ConcurrentHashMap<>();

    /**
     * A new listener to {@code topic}, opened with {@code greeting} as a comment; {@code catchUp} runs
     * while the stream is held, so nothing sent to the topic meanwhile overtakes what it sends.
     */
    LiveStream join(String topic, String greeting, SseEventSink sink, Sse sse, long lastSentId, Consumer<LiveStream> catchUp) {
        LiveStream stream = new LiveStream(sink, sse, lastSentId);
        synchronized (stream) {
            byTopic.computeIfAbsent(topic, k -> ConcurrentHashMap.newKeySet()).add(stream);
            stream.comment(greeting);
            catchUp.accept(stream);
        }
        return stream;
    }

    /** Sends the event to the topic's streams that have not had it; returns how many were sent it now. */
    int send(String topic, long id, String name, String json) {
        return offer(topic, stream -> stream.send(id, name, json));
    }

    /** Sends the event again to every stream of the topic, without an id; returns how many. */
    int sendAgain(String topic, String name, String json) {
        return offer(topic, stream -> stream.sendAgain(name, json));
    }

    private int offer(String topic, java.util.function.Function<LiveStream, LiveStream.Offer> offer) {
        int sent = 0;
        for (LiveStream stream : byTopic.getOrDefault(topic, Set.of())) {
            switch (offer.apply(stream)) {
                case SENT -> sent++;
                case CLOSED -> leave(topic, stream);
                case SENT_BEFORE -> { }
            }
        }
        return sent;
    }

    boolean hasListeners(String topic) {
        return byTopic.containsKey(topic);
    }

    /** Each topic with the lowest event id its streams have been sent: where catching up starts. */
    Map<String, Long> lowestSentIds() {
        Map<String, Long> lowest = new java.util.HashMap<>();
        byTopic.forEach((topic, streams) -> streams.forEach(stream -> lowest.merge(topic, stream.lastSentId(), Math::min)));
        return lowest;
    }

    /** A keep-alive comment on every stream: finds clients that left, and keeps proxies from closing quiet streams. */
    void heartbeat() {
        byTopic.forEach((topic, streams) -> streams.forEach(stream -> {
            if (stream.isClosed()) {
                leave(topic, stream);
            } else {
                stream.comment("keep-alive");
            }
        }));
    }

    /** Ends every stream of a topic (an ask that finished). */
    void close(String topic) {
        Set<LiveStream> streams = byTopic.remove(topic);
        if (streams != null) {
            streams.forEach(LiveStream::close);
        }
    }

    void closeAll() {
        byTopic.keySet().forEach(this::close);
    }

    private void leave(String topic, LiveStream stream) {
        Set<LiveStream> streams = byTopic.get(topic);
        if (streams != null) {
            streams.remove(stream);
            if (streams.isEmpty()) {
                byTopic.remove(topic, streams);
            }
        }
        stream.close();
    }
}
