package com.maiagentgateway.live;

import com.maiagentgateway.model.TooManyStreams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many long-lived streams each caller holds open on this node, per kind, against a cap: one key, one client
 * user or one admin cannot take the node's connections and threads (or the completions bulkhead every application
 * shares). Over the cap the stream is refused before it opens (429, {@link TooManyStreams}); a stream counts until
 * it is closed, by the gateway or found closed once its client left.
 */
@ApplicationScoped
public class CallerStreams {

    /** The kinds of stream, each with its own cap. */
    public enum Kind {
        REPLIES("reply streams"), COMPLETIONS("streamed completions"), CONSOLE_FEEDS("console live feeds");

        private final String words;

        Kind(String words) {
            this.words = words;
        }
    }

    @Inject
    @ConfigProperty(name = "maiagent.streams.replies-per-caller", defaultValue = "100")
    int repliesPerCaller;

    @Inject
    @ConfigProperty(name = "maiagent.streams.completions-per-caller", defaultValue = "100")
    int completionsPerCaller;

    @Inject
    @ConfigProperty(name = "maiagent.streams.console-feeds-per-caller", defaultValue = "20")
    int consoleFeedsPerCaller;

    private record Holder(String caller, Kind kind) {
    }

    /** Per node on purpose: a stream is a connection to this node, and the cap protects this node (README, "Running several nodes"). */
    private final Map<Holder, Integer> open = new ConcurrentHashMap<>();

    /**
     * Opens the stream with {@code opening}, given a sink counted for the caller until it closes; throws
     * {@link TooManyStreams} over the cap, before anything is sent. If {@code opening} fails, the place is given back.
     */
    public void open(String caller, Kind kind, SseEventSink sink, java.util.function.Consumer<SseEventSink> opening) {
        CountedSink counted = admit(caller, kind, sink);
        try {
            opening.accept(counted);
        } catch (RuntimeException failed) {
            counted.release();
            throw failed;
        }
    }

    private CountedSink admit(String caller, Kind kind, SseEventSink sink) {
        Holder holder = new Holder(caller, kind);
        int cap = capOf(kind);
        boolean[] admitted = {false};
        open.compute(holder, (h, count) -> {
            int now = count == null ? 0 : count;
            admitted[0] = now < cap;
            return admitted[0] ? now + 1 : (count == null ? null : now);
        });
        if (!admitted[0]) {
            throw new TooManyStreams(kind.words, cap);
        }
        return new CountedSink(sink, () -> open.computeIfPresent(holder, (h, count) -> count <= 1 ? null : count - 1));
    }

    /** The streams of that kind the caller holds open now (for tests and metrics). */
    public int openBy(String caller, Kind kind) {
        return open.getOrDefault(new Holder(caller, kind), 0);
    }

    int capOf(Kind kind) {
        return switch (kind) {
            case REPLIES -> repliesPerCaller;
            case COMPLETIONS -> completionsPerCaller;
            case CONSOLE_FEEDS -> consoleFeedsPerCaller;
        };
    }

    /** A sink that gives its place back once, when it is closed or found closed. */
    private static final class CountedSink extends EndingSink {

        private final Runnable release;

        CountedSink(SseEventSink sink, Runnable release) {
            super(sink);
            this.release = release;
        }

        @Override
        protected void ended() {
            release.run();
        }

        /** Gives the place back now: the stream never opened. */
        void release() {
            end();
        }
    }
}
