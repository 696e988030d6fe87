package com.maiagentgateway.console;

import com.maiagentgateway.live.LiveAsks;
import com.maiagentgateway.model.Attachment;
import com.maiagentgateway.model.CompletionRequest;
import com.maiagentgateway.model.Conversation;
import com.maiagentgateway.model.CursorPage;
import com.maiagentgateway.model.Message;
import com.maiagentgateway.model.OutgoingMessage;
import com.maiagentgateway.platform.Jsonp;
import com.maiagentgateway.service.ConversationService;
import com.maiagentgateway.service.WebhookInbox;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * One conversation: its thread (oldest first, older pages on request), sending a message (its
 * webhook reply arrives on the page by itself), and asking a chatbot, whose answer is shown as it
 * is generated.
 */
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
    LiveAsks asks;

    @Inject
    ConsoleDirectory directory;

    @Inject
    ComposerAttachments composer;

    private String id;
    private Conversation conversation;
    private final List<Message> thread = new ArrayList<>();
    private String olderCursor;
    private long repliesSeen;

    @NotBlank(message = "{console.message.required}")
    @Size(max = 20_000, message = "{console.message.size}")
    private String message;

    private String chatbotId;

    @NotBlank(message = "{console.question.required}")
    @Size(max = 20_000, message = "{console.question.size}")
    private String question;

    /** Ask in this customer's conversation (posted as the customer) instead of the admin's test conversation. */
    private boolean inCustomersConversation;
    /** The admin's last ask in their test conversation on this page: the next continues that conversation. */
    private String lastTestAsk;
    /** The ask being answered (what Stop stops). */
    private String currentAsk;
    /** An ask named by the address, to show again after a reload. */
    private String resumeAsk;

    /** Loads the conversation named by the {@code id} view parameter (on the GET only). */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id == null || !id.matches("[0-9a-fA-F-]{36}")) {
            PageMessages.error(ConsoleText.get("conversation.noSuch"));
            return;
        }
        try {
            repliesSeen = inbox.latestId(id);
            conversation = conversations.get(id);
            thread.clear();
            olderCursor = null;
            loadOlder();
            if (!directory.getChatbots().isEmpty()) {
                chatbotId = directory.getChatbots().get(0).id();
            }
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
            older.sort(Comparator.comparing(Message::createdAt, Comparator.nullsFirst(Comparator.naturalOrder())));
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
            PageMessages.shown(ConsoleText.get("conversation.sent"));
            PrimeFaces.current().ajax().addCallbackParam("sent", Jsonp.createObjectBuilder()
                    .add("id", sent.id() == null ? "" : sent.id())
                    .add("content", sent.content() == null ? message.trim() : sent.content())
                    .add("createdAt", sent.createdAt() == null ? "" : sent.createdAt().toString())
                    .add("sender", Jsonp.createObjectBuilder().add("name", sent.sender() == null || sent.sender().name() == null
                            ? ConsoleText.get("conversation.youAsCustomer") : sent.sender().name()))
                    .add("attachments", attachmentsJson(sent.attachments() == null || sent.attachments().isEmpty() ? files : sent.attachments()))
                    .build().toString());
            message = null;
        } catch (RuntimeException failure) {
            PageMessages.failure(ConsoleText.get("conversation.notSent"), failure);
        }
    }

    private static JsonArrayBuilder attachmentsJson(List<Attachment> files) {
        JsonArrayBuilder list = Jsonp.createArrayBuilder();
        for (Attachment a : files) {
            list.add(Jsonp.createObjectBuilder().add("filename", a.filename() == null ? "" : a.filename())
                    .add("file", a.file() == null ? "" : a.file()));
        }
        return list;
    }

    /**
     * Starts the chatbot's answer; the page watches it arrive (its id is handed to the page's script). MaiAgent
     * posts a completion's question as the conversation's contact, so by default the admin asks in a test
     * conversation of their own (MaiAgent starts it with the first question; later ones continue it), and only
     * when they choose to does the question go into this customer's conversation, under the customer's name.
     */
    public void ask() {
        if (chatbotId == null || !chatbotId.matches("[0-9a-fA-F-]{36}")) {
            PageMessages.error(ConsoleText.get("conversation.chooseChatbot"));
            return;
        }
        String owner = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
        String askedIn = inCustomersConversation ? id : asks.conversationOf(lastTestAsk, owner);
        String askId = asks.start(owner, chatbotId, new CompletionRequest(askedIn, question.trim(), List.of(), null, null, null),
                PageMessages::reason);
        if (!inCustomersConversation) {
            lastTestAsk = askId;
        }
        currentAsk = askId;
        PrimeFaces.current().ajax().addCallbackParam("askId", askId);
    }

    /** Stops the answer being generated (MaiAgent is told at its next piece). */
    public void stop() {
        asks.stop(currentAsk, FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName());
    }

    /** An ask in the address ({@code ask=}, put there when it started): after a reload its question and answer show again. */
    public String getResumedQuestion() {
        if (resumeAsk == null) {
            return null;
        }
        String question = asks.questionOf(resumeAsk, FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName());
        if (question != null) {
            currentAsk = resumeAsk;
        }
        return question;
    }

    public String getResumeAsk() {
        return resumeAsk;
    }

    public void setResumeAsk(String resumeAsk) {
        this.resumeAsk = resumeAsk != null && resumeAsk.matches("[0-9a-f-]{36}") ? resumeAsk : null;
    }

    public boolean isOlderAvailable() {
        return olderCursor != null;
    }

    public String getId() {
        return id;
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

    public String getChatbotId() {
        return chatbotId;
    }

    public void setChatbotId(String chatbotId) {
        this.chatbotId = chatbotId;
    }

    public boolean isInCustomersConversation() {
        return inCustomersConversation;
    }

    public void setInCustomersConversation(boolean inCustomersConversation) {
        this.inCustomersConversation = inCustomersConversation;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }
}
