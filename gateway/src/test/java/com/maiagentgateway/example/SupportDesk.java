package com.maiagentgateway.example;

import com.maiagentgateway.client.Attachment;
import com.maiagentgateway.client.ChatbotRecord;
import com.maiagentgateway.client.Conversation;
import com.maiagentgateway.client.GatewayClient;
import com.maiagentgateway.client.Message;
import com.maiagentgateway.client.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.sse.InboundSseEvent;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * An example of another EE application using the gateway through its typed client (maiagent-gateway-client), as its
 * README shows: injected with {@code @RestClient}, configured in this application's microprofile-config.properties.
 */
@ApplicationScoped
public class SupportDesk {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    @RestClient
    GatewayClient gateway;

    public GatewayClient gateway() {
        return gateway;
    }

    public Conversation open(String webChat) {
        return gateway.startConversation(new Conversation.Start(webChat));
    }

    /** Asks in the conversation and waits for the chatbot's reply, as MaiAgent delivers it to the gateway's webhook. */
    public Message askAndAwaitReply(String conversationId, String question, Duration within) throws Exception {
        CompletableFuture<Message> reply = new CompletableFuture<>();
        CompletableFuture<Subscription> subscribed = new CompletableFuture<>();
        // From the conversation's first reply on (Last-Event-ID 0): a reply quicker than the stream's start is not missed.
        gateway.replies(conversationId, "0").subscribe(new Subscriber<InboundSseEvent>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscribed.complete(subscription);
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(InboundSseEvent event) {
                if ("reply".equals(event.getName())) {
                    reply.complete(JSON.fromJson(event.readData(), Message.class));
                }
            }

            @Override
            public void onError(Throwable failure) {
                reply.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                reply.completeExceptionally(new IllegalStateException("the reply stream ended before a reply"));
            }
        });
        try {
            gateway.send(conversationId, new Message.Send(question));
            return reply.get(within.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            subscribed.thenAccept(Subscription::cancel);
        }
    }

    public Attachment attach(String conversationId, String filename, InputStream content) {
        return gateway.upload(conversationId, List.of(GatewayClient.filePart(filename, content)));
    }

    /** A file whose size the application knows: sent in one pass, nothing kept on the way. */
    public Attachment attach(String conversationId, String filename, long size, InputStream content) {
        return gateway.uploadFile(conversationId, filename, size, content);
    }

    public Page<ChatbotRecord> lastMonthsRecords(String chatbotId) {
        LocalDate today = LocalDate.now();
        return gateway.records(chatbotId, today.minusDays(30).toString(), today.toString(), 1, 5);
    }
}
