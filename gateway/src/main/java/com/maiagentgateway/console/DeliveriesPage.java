package com.maiagentgateway.console;

import com.maiagentgateway.model.PageOf;
import com.maiagentgateway.model.WebhookDeliveryRecord;
import com.maiagentgateway.platform.Texts;
import com.maiagentgateway.platform.Uuid;
import com.maiagentgateway.service.WebhookDeliveryLog;
import com.maiagentgateway.service.WebhookInbox;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.stream.Collectors;
import org.primefaces.model.LazyDataModel;

/**
 * The webhook delivery log: every delivery MaiAgent made, newest first, of one conversation or all; a stored reply can
 * be pushed again to the listeners open on every node.
 */
@Named
@ViewScoped
public class DeliveriesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WebhookDeliveryLog log;

    @Inject
    WebhookInbox inbox;

    @Inject
    Clock clock;

    @Uuid(blankAllowed = true, message = "{console.deliveries.conversation}")
    private String conversation;
    /** The conversation the table lists (null: all). */
    private String listed;
    private ConsolePagedModel<WebhookDeliveryRecord> table;

    @PostConstruct
    void everything() {
        table = new ConsolePagedModel<>("deliveries.listing", (first, pageSize) -> {
            PageOf<WebhookDeliveryRecord> page = log.newestFirst(listed, first, pageSize);
            return new ConsolePagedModel.Page<>(page.items(), (int) Math.min(Integer.MAX_VALUE, page.count()));
        }, d -> Long.toString(d.id()), clock);
    }

    public void search() {
        table.startOver(":list:deliveries");
        listed = Texts.trimmedOrNull(conversation);
    }

    public void pushAgain(WebhookDeliveryRecord delivery) {
        try {
            if (delivery.replyId() != null && inbox.pushAgain(delivery.replyId())) {
                PageMessages.info(ConsoleText.get("deliveries.pushedAgain"));
            } else {
                PageMessages.error(ConsoleText.get("deliveries.gone"));
            }
        } catch (RuntimeException failure) {
            PageMessages.failure(ConsoleText.get("deliveries.pushAgain"), failure);
        }
    }

    /** Each node's push as "node: n" (a push again marked so), or an empty text. */
    public String pushes(WebhookDeliveryRecord delivery) {
        return delivery.pushes().stream()
                .map(p -> p.node() + ": " + p.listeners() + (p.again() ? " (" + ConsoleText.get("deliveries.again") + ")" : ""))
                .collect(Collectors.joining(", "));
    }

    public LazyDataModel<WebhookDeliveryRecord> getTable() {
        return table;
    }

    public String getConversation() {
        return conversation;
    }

    public void setConversation(String conversation) {
        this.conversation = conversation;
    }
}
