package com.maiagentgateway.upstream;

import com.maiagentgateway.model.Conversation;
import com.maiagentgateway.model.CursorPage;
import com.maiagentgateway.model.Message;
import com.maiagentgateway.model.OutgoingMessage;
import com.maiagentgateway.platform.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Conversations and messages at MaiAgent, under the gateway's retry policy ({@link MaiAgentFacade}):
 * reads retried on failures that pass, writes only when the connection was never made.
 */
@ApplicationScoped
public class MaiAgentConversations extends MaiAgentFacade {

    @Inject
    MaiAgentApi api;

    @Inject
    UpstreamCall upstream;

    public CursorPage<Conversation> list(String inbox, String keyword, String cursor, Integer pageSize) {
        Position at = Position.of(cursor);
        return MaiAgentWire.cursorPage(upstream.read("listing conversations",
                () -> api.conversations(inbox, keyword, at.cursor(), at.page(), pageSize)), MaiAgentWire::conversation);
    }

    public Conversation get(String id) {
        return MaiAgentWire.conversation(upstream.read("reading a conversation", () -> api.conversation(id)));
    }

    @Retry(maxRetries = WRITE_RETRIES, delay = 200, jitter = 50, retryOn = MaiAgentConnectException.class)
    public Conversation create(String webChatId) {
        return MaiAgentWire.conversation(upstream.write("creating a conversation",
                () -> api.createConversation(Jsonp.createObjectBuilder().add("webChat", webChatId).build())));
    }

    public CursorPage<Message> messages(String conversationId, String cursor, Integer pageSize) {
        Position at = Position.of(cursor);
        return MaiAgentWire.cursorPage(upstream.read("listing messages",
                () -> api.messages(conversationId, at.cursor(), at.page(), pageSize)), MaiAgentWire::message);
    }

    public Message message(String conversationId, String id) {
        return MaiAgentWire.message(upstream.read("reading a message", () -> api.message(id, conversationId)));
    }

    /** Sends a message; MaiAgent's reply comes later, by webhook. */
    @Retry(maxRetries = WRITE_RETRIES, delay = 200, jitter = 50, retryOn = MaiAgentConnectException.class)
    public Message send(String conversationId, OutgoingMessage message) {
        JsonObject request = MessageJson.of(conversationId, message);
        return MaiAgentWire.message(upstream.write("sending a message", () -> api.createMessage(request)));
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
