package com.maiagentgateway.console;

import com.maiagentgateway.platform.Uuid;
import com.maiagentgateway.model.Attachment;
import com.maiagentgateway.model.Conversation;
import com.maiagentgateway.model.CursorPage;
import com.maiagentgateway.model.Message;
import com.maiagentgateway.model.OutgoingMessage;
import com.maiagentgateway.service.ConversationService;
import com.maiagentgateway.service.TestAsks;
import com.maiagentgateway.service.WebhookInbox;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;

/** One conversation: its thread (older pages on request) and sending a message (its reply comes by itself; an admin's
 * question, noted as their test). Asking a chatbot on the same page is {@link ChatbotAskBean}'s. */
@Named
@ViewScoped
public class ConversationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int THREAD_PAGE = 30;

    @Inject
    ConversationService conversations;

    @Inject
    WebhookInbox inbox;

    @Inject
    ComposerAttachments composer;

    @Inject
    TestAsks testAsks;

    private String id;
    /** Just started from the conversations page: said here, not by a flash message a request in between could take. */
    private boolean started;
    private Conversation conversation;
    private final List<Message> thread = new ArrayList<>();
    private String olderCursor;
    private long repliesSeen;

    @NotBlank(message = "{console.message.required}")
    @Size(max = 20_000, message = "{console.message.size}")
    private String message;

    /** Loads the conversation named by the {@code id} view parameter (on the GET only). */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (started) {
            PageMessages.shown(ConsoleText.get("conversations.started"));
        }
        if (!Uuid.Validator.isUuid(id)) {
            PageMessages.error(ConsoleText.get("conversation.noSuch"));
            return;
        }
        try {
            repliesSeen = inbox.latestId(id);
            conversation = conversations.get(id);
            thread.clear();
            olderCursor = null;
            loadOlder();
        } catch (RuntimeException failure) {
            conversation = null;
            PageMessages.failure(ConsoleText.get("conversation.notOpened"), failure);
        }
    }

    /** The next older page of the thread, shown above what is there. */
    public void loadOlder() {
        try {
            CursorPage<Message> page = conversations.messages(id, olderCursor, THREAD_PAGE);
            List<Message> older = new ArrayList<>(page.items());
            older.sort(Message.THREAD_ORDER);
            thread.addAll(0, older);
            olderCursor = page.nextCursor();
        } catch (RuntimeException failure) {
            PageMessages.failure(ConsoleText.get("conversation.olderFailed"), failure);
        }
    }

    /**
     * Sends the message without leaving the page: the sent message is handed to the page's script, which adds it
     * to the thread (where MaiAgent's reply follows by itself), empties the composer and keeps the focus there.
     */
    public void send() {
        try {
            List<Attachment> files = List.copyOf(composer.getPending());
            Message sent = conversations.send(id, new OutgoingMessage(null, message.trim(), files, null, null, null));
            composer.clear();
            testAsks.asked(FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName(), message, id, false);
            PageMessages.shown(ConsoleText.get("conversation.sent"));
            PrimeFaces.current().ajax().addCallbackParam("sent", SentMessageJson.of(sent, message.trim(), files));
            message = null;
        } catch (RuntimeException failure) {
            PageMessages.failureAt("send:message", ConsoleText.get("conversation.notSent"), failure);
        }
    }

    public boolean isOlderAvailable() {
        return olderCursor != null;
    }

    public String getId() {
        return id;
    }

    public boolean isStarted() {
        return started;
    }

    public void setStarted(boolean started) {
        this.started = started;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Conversation getConversation() {
        return conversation;
    }

    public List<Message> getThread() {
        return thread;
    }

    public long getRepliesSeen() {
        return repliesSeen;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
