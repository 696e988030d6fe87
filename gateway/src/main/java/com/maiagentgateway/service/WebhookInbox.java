package com.maiagentgateway.service;

import com.maiagentgateway.platform.Traces;
import com.maiagentgateway.model.InboxReply;
import com.maiagentgateway.model.Message;
import com.maiagentgateway.model.ReplyPushedAgain;
import com.maiagentgateway.store.WebhookDelivery;
import com.maiagentgateway.platform.Uuid;
import com.maiagentgateway.store.SharedDatabase;
import com.maiagentgateway.store.WebhookInboxRepository;
import com.maiagentgateway.store.WebhookReply;
import com.maiagentgateway.upstream.MaiAgentWire;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.List;

/**
 * Replies MaiAgent delivers by webhook: stored once per MaiAgent message id (deliveries are
 * retried and sometimes doubled), then published as a CDI event ({@link InboxReply}) for
 * in-process listeners such as the reply streams: at once on one node (H2); on PostgreSQL by
 * every node once it hears of the committed row from the database (see live/ReplyFanOut).
 */
@ApplicationScoped
public class WebhookInbox {

    static final Jsonb JSON = JsonbBuilder.create();

    /** Striped by conversation: deliveries to different conversations rarely wait on each other. */
    private static final Lock[] ONE_NODE_LOCKS = java.util.stream.IntStream.range(0, 64)
            .mapToObj(i -> new ReentrantLock()).toArray(Lock[]::new);

    /** Whether a delivery was new. */
    public enum Receipt { STORED, DUPLICATE }

    @Inject
    Clock clock;

    @Inject
    WebhookInboxRepository repository;

    @Inject
    Event<InboxReply> replies;

    @Inject
    SharedDatabase database;

    @Inject
    WebhookDeliveryLog deliveryLog;

    @Inject
    Event<ReplyPushedAgain> repliesAgain;

    /**
     * Stores a delivery; a repeated one (same message id) changes nothing. The body must carry id and conversation.
     * Every delivery, refused ones included, goes in the delivery log.
     */
    public Receipt receive(JsonObject body) {
        Message message = MaiAgentWire.message(body);
        try {
            return receive(message);
        } catch (IllegalArgumentException refused) {
            deliveryLog.refused(refused.getMessage(), message.conversationId(), message.id());
            throw refused;
        }
    }

    private Receipt receive(Message message) {
        if (message.id() == null || message.id().isBlank() || message.conversationId() == null || message.conversationId().isBlank()) {
            throw new IllegalArgumentException("a delivered message needs an id and a conversation");
        }
        if (message.id().length() > WebhookReply.MAX_ID_LENGTH || message.conversationId().length() > WebhookReply.MAX_ID_LENGTH) {
            throw new IllegalArgumentException("a message id and a conversation id have at most " + WebhookReply.MAX_ID_LENGTH + " characters");
        }
        if (!Uuid.Validator.isUuid(message.conversationId())) {
            // MaiAgent's conversations are UUIDs; anything else would only ever be an address to no stream, or worse.
            throw new IllegalArgumentException("the conversation must be a UUID");
        }
        if (database.isPostgreSql()) {
            // The database orders a conversation's replies (an advisory lock) and tells every node in commit order.
            return logged(message, store(message));
        }
        // One node: the replies of a conversation are stored and published one at a time, so their ids rise in the
        // order listeners hear of them. Concurrent deliveries published out of order were dropped by the streams
        // (an id below the last one sent) and never sent on resume either.
        Lock conversationLock = ONE_NODE_LOCKS[Math.floorMod(message.conversationId().hashCode(), ONE_NODE_LOCKS.length)];
        conversationLock.lock();
        try {
            WebhookReply row = store(message);
            if (logged(message, row) == Receipt.DUPLICATE) {
                return Receipt.DUPLICATE;
            }
            try (Traces.TraceSpan delivery = Traces.start("push webhook reply to listeners", false)) {
                delivery.attribute("maiagent.conversation", row.getConversationId());
                replies.fire(toReply(row));
            }
            return Receipt.STORED;
        } finally {
            conversationLock.unlock();
        }
    }

    private Receipt logged(Message message, WebhookReply stored) {
        Receipt receipt = stored == null ? Receipt.DUPLICATE : Receipt.STORED;
        deliveryLog.received(stored == null ? WebhookDelivery.Outcome.DUPLICATE : WebhookDelivery.Outcome.STORED,
                stored == null ? "message " + message.id() + " was stored before" : null, message.conversationId(), message.id(),
                stored == null ? null : stored.getId());
        return receipt;
    }

    /**
     * Pushes a stored reply again to the listeners open on every node (to a stream that missed it): each sends it as
     * an event without an id, so no client's resume point moves. False when there is no such reply.
     */
    @Audited("webhook.push-again")
    public boolean pushAgain(@AuditTarget("stored reply") long replyId) {
        WebhookReply row = repository.find(replyId);
        if (row == null) {
            return false;
        }
        if (database.isPostgreSql()) {
            repository.announceAgain(row);
        } else {
            repliesAgain.fire(new ReplyPushedAgain(toReply(row)));
        }
        return true;
    }

    /** Stores the reply in its own transaction; null when its message id was stored before. */
    private WebhookReply store(Message message) {
        try {
            return repository.addIfNew(new WebhookReply(message.id(), message.conversationId(), clock.instant(), JSON.toJson(message)));
        } catch (RuntimeException raceLost) {
            // Two copies of one delivery at once: the unique key lets one through.
            if (repository.contains(message.id())) {
                return null;
            }
            throw raceLost;
        }
    }

    /** A conversation's replies after an inbox id (0: from the first), oldest first. */
    public List<InboxReply> after(String conversationId, long afterInboxId, int limit) {
        return repository.after(conversationId, afterInboxId, limit).stream().map(WebhookInbox::toReply).toList();
    }

    /** One reply by its inbox id; null when there is none. */
    public InboxReply byId(long inboxId) {
        WebhookReply row = repository.find(inboxId);
        return row == null ? null : toReply(row);
    }

    /** Where a reader that has seen everything so far resumes (the Last-Event-ID to give). */
    public long latestId(String conversationId) {
        return repository.latestId(conversationId);
    }

    static InboxReply toReply(WebhookReply row) {
        return new InboxReply(row.getId(), row.getReceivedAt(), JSON.fromJson(row.getMessageJson(), Message.class));
    }
}
