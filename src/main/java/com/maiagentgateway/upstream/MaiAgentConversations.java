package com.maiagentgateway.upstream;

import com.maiagentgateway.model.Conversation;
import com.maiagentgateway.model.CursorPage;
import com.maiagentgateway.model.Message;
import com.maiagentgateway.model.OutgoingMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Conversations and messages at MaiAgent. Reads are retried on failures that pass; writes only
 * when the connection was never made. Every operation has its own circuit breaker. All values
 * can be changed in config, e.g. {@code com.maiagentgateway.upstream.MaiAgentConversations/list/Retry/maxRetries}.
 */
@ApplicationScoped
public class MaiAgentConversations {

    @Inject
    MaiAgentApi api;

    @Inject
    UpstreamCall upstream;

    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = {MaiAgentUnreachableException.class, MaiAgentBusyException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000, successThreshold = 2,
            failOn = {MaiAgentUnreachableException.class, MaiAgentBusyException.class, MaiAgentProtocolException.class})
    public CursorPage<Conversation> list(String inbox, String keyword, String cursor, Integer pageSize) {
        Position at = Position.of(cursor);
        return MaiAgentWire.cursorPage(upstream.run("listing conversations",
                () -> api.conversations(inbox, keyword, at.cursor(), at.page(), pageSize)), MaiAgentWire::conversation);
    }

    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = {MaiAgentUnreachableException.class, MaiAgentBusyException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000, successThreshold = 2,
            failOn = {MaiAgentUnreachableException.class, MaiAgentBusyException.class, MaiAgentProtocolException.class})
    public Conversation get(String id) {
        return MaiAgentWire.conversation(upstream.run("reading a conversation", () -> api.conversation(id)));
    }

    @Retry(maxRetries = 1, delay = 200, jitter = 50, retryOn = MaiAgentConnectException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000, successThreshold = 2,
            failOn = {MaiAgentUnreachableException.class, MaiAgentBusyException.class, MaiAgentProtocolException.class})
    public Conversation create(String webChatId) {
        return MaiAgentWire.conversation(upstream.run("creating a conversation",
                () -> api.createConversation(Json.createObjectBuilder().add("webChat", webChatId).build())));
    }

    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = {MaiAgentUnreachableException.class, MaiAgentBusyException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000, successThreshold = 2,
            failOn = {MaiAgentUnreachableException.class, MaiAgentBusyException.class, MaiAgentProtocolException.class})
    public CursorPage<Message> messages(String conversationId, String cursor, Integer pageSize) {
        Position at = Position.of(cursor);
        return MaiAgentWire.cursorPage(upstream.run("listing messages",
                () -> api.messages(conversationId, at.cursor(), at.page(), pageSize)), MaiAgentWire::message);
    }

    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = {MaiAgentUnreachableException.class, MaiAgentBusyException.class})
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000, successThreshold = 2,
            failOn = {MaiAgentUnreachableException.class, MaiAgentBusyException.class, MaiAgentProtocolException.class})
    public Message message(String conversationId, String id) {
        return MaiAgentWire.message(upstream.run("reading a message", () -> api.message(id, conversationId)));
    }

    /** Sends a message; MaiAgent's reply comes later, by webhook. */
    @Retry(maxRetries = 1, delay = 200, jitter = 50, retryOn = MaiAgentConnectException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000, successThreshold = 2,
            failOn = {MaiAgentUnreachableException.class, MaiAgentBusyException.class, MaiAgentProtocolException.class})
    public Message send(String conversationId, OutgoingMessage message) {
        JsonObject request = MessageJson.of(conversationId, message);
        return MaiAgentWire.message(upstream.run("sending a message", () -> api.createMessage(request)));
    }

    /** A cursor handed out earlier: MaiAgent's own cursor token, or a page number where it paged by number. */
    record Position(String cursor, Integer page) {
        static Position of(String cursor) {
            if (cursor == null || cursor.isBlank()) {
                return new Position(null, null);
            }
            if (cursor.startsWith(MaiAgentWire.PAGE_CURSOR_PREFIX)) {
                return new Position(null, Integer.valueOf(cursor.substring(MaiAgentWire.PAGE_CURSOR_PREFIX.length())));
            }
            return new Position(cursor, null);
        }
    }
}
