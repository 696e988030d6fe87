package com.maiagentgateway.upstream;

import com.maiagentgateway.model.CompletionReply;
import com.maiagentgateway.model.ReplyDelta;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Function;

/**
 * A streamed completion that MaiAgent answered with the whole reply as JSON (a MaiAgent that did
 * not read the streaming flag): relayed as one delta, then done, as if MaiAgent had streamed it.
 */
final class WholeReplySubscriber implements HttpResponse.BodySubscriber<ReplyDelta> {

    private final HttpResponse.BodySubscriber<CompletionReply> body = HttpResponse.BodySubscribers.mapping(
            HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8), text -> MaiAgentWire.completion(WireJson.parseObject(text)));
    private final Function<ReplyDelta, CompletionStage<?>> onDelta;

    WholeReplySubscriber(Function<ReplyDelta, CompletionStage<?>> onDelta) {
        this.onDelta = onDelta;
    }

    @Override
    public CompletionStage<ReplyDelta> getBody() {
        return body.getBody().thenCompose(whole -> {
            String content = whole.content() == null ? "" : whole.content();
            CompletionStage<?> relayed = content.isEmpty() ? CompletableFuture.completedFuture(null)
                    : onDelta.apply(new ReplyDelta(content, whole.conversationId(), false));
            return relayed.thenApply(ignored -> new ReplyDelta(content, whole.conversationId(), true));
        });
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        body.onSubscribe(subscription);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        body.onNext(item);
    }

    @Override
    public void onError(Throwable throwable) {
        body.onError(throwable);
    }

    @Override
    public void onComplete() {
        body.onComplete();
    }
}
