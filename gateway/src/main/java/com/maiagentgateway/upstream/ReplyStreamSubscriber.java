package com.maiagentgateway.upstream;

import com.maiagentgateway.model.ReplyDelta;
import com.maiagentgateway.platform.AsyncFailures;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Reads a streamed completion as its bytes arrive, with no thread waiting in between: each delta
 * goes to {@code onDelta}, and the next bytes are asked for only once that delta has been passed on
 * (so a slow caller slows the read from MaiAgent rather than filling memory). Completes with the
 * whole reply; fails when the stream breaks, ends before done, stays silent too long, or when
 * {@code onDelta} fails (the caller went away), and then the exchange with MaiAgent is ended at once. After done the
 * rest of the body (its end, a few bytes) is read for up to {@link #AFTER_DONE_MILLIS}, so that the connection goes
 * back to the client's pool: closing it made every stream's end a connection's end, and the next stream a new
 * connection (with TLS, a handshake) to MaiAgent.
 */
final class ReplyStreamSubscriber implements HttpResponse.BodySubscriber<ReplyDelta> {

    /** How long the body's end may take after done, and how much it may still hold, before the connection is closed. */
    static final long AFTER_DONE_MILLIS = 1000;
    static final int AFTER_DONE_BYTES = 8192;

    private final Function<ReplyDelta, CompletionStage<?>> onDelta;
    private final long silenceLimitMillis;
    private final EventStreamReader events = new EventStreamReader();
    private final ReplyStreamReader reply = new ReplyStreamReader();
    private final CompletableFuture<ReplyDelta> result = new CompletableFuture<>();
    private final ScheduledFuture<?> silenceCheck;
    private final ScheduledExecutorService watchdog;
    private long bytesAfterDone;
    private volatile boolean bodyEnded;
    private volatile Flow.Subscription subscription;
    private volatile long lastBytesAt = System.nanoTime();
    private volatile CompletionStage<?> passedOn = CompletableFuture.completedFuture(null);

    ReplyStreamSubscriber(Function<ReplyDelta, CompletionStage<?>> onDelta, long silenceLimitMillis, ScheduledExecutorService watchdog) {
        this.onDelta = onDelta;
        this.silenceLimitMillis = silenceLimitMillis;
        this.watchdog = watchdog;
        long every = Math.max(100, silenceLimitMillis / 4);
        this.silenceCheck = watchdog.scheduleAtFixedRate(this::endIfSilent, every, every, TimeUnit.MILLISECONDS);
        result.whenComplete((whole, failure) -> silenceCheck.cancel(false));
    }

    @Override
    public CompletionStage<ReplyDelta> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (result.isDone()) {
            subscription.cancel();
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> chunk) {
        lastBytesAt = System.nanoTime();
        if (result.isDone()) {
            afterDone(chunk);
            return;
        }
        try {
            for (ByteBuffer bytes : chunk) {
                if (events.accept(bytes, event -> {
                    ReplyDelta piece = reply.accept(event);
                    if (piece != null) {
                        passedOn = passedOn.thenCompose(previous -> onDelta.apply(piece));
                    }
                    return !reply.done();
                })) {
                    break;
                }
            }
        } catch (RuntimeException | java.io.IOException unreadable) {
            end(unreadable);
            return;
        }
        passedOn.whenComplete((ignored, failure) -> {
            if (failure != null) {
                end(AsyncFailures.cause(failure));
            } else if (reply.done()) {
                result.complete(reply.whole());
                readToTheEnd();
            } else if (!result.isDone()) {
                subscription.request(1);
            }
        });
    }

    @Override
    public void onError(Throwable failure) {
        bodyEnded = true;
        result.completeExceptionally(UpstreamCall.unreachable("a streamed completion", failure));
    }

    @Override
    public void onComplete() {
        bodyEnded = true;
        // After the last delta is passed on: a stream ending without done is an error.
        passedOn.whenComplete((ignored, failure) -> {
            if (failure == null && !result.isDone()) {
                if (reply.done()) {
                    result.complete(reply.whole());
                } else {
                    result.completeExceptionally(new MaiAgentProtocolException("MaiAgent's reply stream ended before it was done", null));
                }
            }
        });
    }

    /** Done: the body's end is read (the connection is then pooled), unless it takes too long or holds too much. */
    private void readToTheEnd() {
        Flow.Subscription current = subscription;
        current.request(Long.MAX_VALUE);
        watchdog.schedule(() -> {
            if (!bodyEnded) {
                current.cancel();
            }
        }, AFTER_DONE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void afterDone(List<ByteBuffer> chunk) {
        for (ByteBuffer bytes : chunk) {
            bytesAfterDone += bytes.remaining();
        }
        if (bytesAfterDone > AFTER_DONE_BYTES) {
            subscription.cancel(); // more than an end: not a stream this connection should be kept for
        }
    }

    private void endIfSilent() {
        if (!result.isDone() && (System.nanoTime() - lastBytesAt) / 1_000_000 > silenceLimitMillis) {
            end(UpstreamCall.unreachable("a streamed completion",
                    new SocketTimeoutException("MaiAgent's stream was silent for more than " + silenceLimitMillis + " ms")));
        }
    }

    /**
     * Fails the reply and ends the exchange with MaiAgent. The verdict comes first: cancelling makes the JDK client
     * report "connection closed locally" (through {@link #onError}), which must not stand in for why it was ended
     * (a silent MaiAgent was answered 503 "cannot be reached" instead of 504).
     */
    private void end(Throwable failure) {
        result.completeExceptionally(failure);
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }
}
