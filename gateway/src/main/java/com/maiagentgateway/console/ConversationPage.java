package com.maiagentgateway.console;

import com.maiagentgateway.live.LiveAsks;
import com.maiagentgateway.model.CompletionRequest;
import com.maiagentgateway.model.Conversation;
import com.maiagentgateway.model.CursorPage;
import com.maiagentgateway.model.Message;
import com.maiagentgateway.model.OutgoingMessage;
import com.maiagentgateway.service.ConversationService;
import com.maiagentgateway.service.WebhookInbox;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
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

    private String id;
    private Conversation conversation;
    private final List<Message> thread = new ArrayList<>();
    private String olderCursor;
    private long repliesSeen;

    @NotBlank(message = "Write a message first.")
    @Size(max = 20_000, message = "A message has at most 20000 characters.")
    private String message;

    private String chatbotId;

    @NotBlank(message = "Write a question first.")
    @Size(max = 20_000, message = "A question has at most 20000 characters.")
    private String question;

    /** Loads the conversation named by the {@code id} view parameter (on the GET only). */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id == null || !id.matches("[0-9a-fA-F-]{36}")) {
            PageMessages.error("There is no conversation with that id.");
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
            PageMessages.failure("The conversation could not be opened", failure);
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
            PageMessages.failure("Older messages could not be loaded", failure);
        }
    }

    /** Sends the message, then shows the conversation again (post-redirect-get). */
    public String send() {
        try {
            conversations.send(id, OutgoingMessage.text(message.trim()));
            PageMessages.info("Message sent. MaiAgent's reply will appear below when it arrives.");
            return "/console/conversation.xhtml?faces-redirect=true&id=" + id;
        } catch (RuntimeException failure) {
            PageMessages.failure("The message was not sent", failure);
            return null;
        }
    }

    /** Starts the chatbot's answer; the page watches it arrive (its id is handed to the page's script). */
    public void ask() {
        if (chatbotId == null || !chatbotId.matches("[0-9a-fA-F-]{36}")) {
            PageMessages.error("Choose a chatbot.");
            return;
        }
        String owner = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
        String askId = asks.start(owner, chatbotId, new CompletionRequest(id, question.trim(), List.of(), null, null, null),
                PageMessages::reason);
        PrimeFaces.current().ajax().addCallbackParam("askId", askId);
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

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }
}
