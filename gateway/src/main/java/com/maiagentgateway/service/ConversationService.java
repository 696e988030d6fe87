package com.maiagentgateway.service;

import com.maiagentgateway.model.Conversation;
import com.maiagentgateway.model.CursorPage;
import com.maiagentgateway.model.Message;
import com.maiagentgateway.model.OutgoingMessage;
import com.maiagentgateway.upstream.MaiAgentConversations;
import com.maiagentgateway.upstream.MaiAgentErrorException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Conversations and their messages, for the API and the console alike; every write is audited. */
@ApplicationScoped
public class ConversationService {

    @Inject
    MaiAgentConversations maiAgent;

    public CursorPage<Conversation> list(String inboxId, String keyword, String upstreamCursor, int pageSize) {
        return maiAgent.list(inboxId, keyword, upstreamCursor, pageSize);
    }

    public Conversation get(String id) {
        return maiAgent.get(id);
    }

    @Audited("conversation.create")
    public Conversation create(@AuditTarget("web chat") String webChatId) {
        return maiAgent.create(webChatId);
    }

    public CursorPage<Message> messages(String conversationId, String upstreamCursor, int pageSize) {
        return maiAgent.messages(conversationId, upstreamCursor, pageSize);
    }

    /** One message, only as part of the conversation it belongs to. */
    public Message message(String conversationId, String messageId) {
        Message message = maiAgent.message(conversationId, messageId);
        if (!conversationId.equals(message.conversationId())) {
            throw new MaiAgentErrorException(404, "no such message in this conversation", null);
        }
        return message;
    }

    /** Sends a message; MaiAgent's reply arrives later by webhook. */
    @Audited("message.send")
    public Message send(@AuditTarget("conversation") String conversationId, OutgoingMessage message) {
        return maiAgent.send(conversationId, message);
    }
}
