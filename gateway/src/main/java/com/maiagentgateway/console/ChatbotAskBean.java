package com.maiagentgateway.console;

import com.maiagentgateway.live.LiveAsks;
import com.maiagentgateway.model.CompletionRequest;
import com.maiagentgateway.platform.ConsoleDirectory;
import com.maiagentgateway.platform.Uuid;
import com.maiagentgateway.service.TestAsks;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * Asking a chatbot from a conversation's page; the page watches the answer arrive (its id is handed to the page's
 * script). MaiAgent posts a completion's question as the conversation's contact, so by default the admin asks in a
 * test conversation of their own (MaiAgent starts it with the first question; later ones continue it), and only
 * when they choose to does the question go into the customer's conversation, under the customer's name. Either
 * way the ask is noted as the admin's ({@link TestAsks}), so that the customers' lists and figures leave it out.
 */
@Named("chatbotAsk")
@ViewScoped
public class ChatbotAskBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LiveAsks asks;

    @Inject
    ConsoleDirectory directory;

    @Inject
    TestAsks testAsks;

    @Inject
    ConversationPage page;

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

    @PostConstruct
    void firstChatbot() {
        if (!directory.getChatbots().isEmpty()) {
            chatbotId = directory.getChatbots().get(0).id();
        }
    }

    public void ask() {
        if (!Uuid.Validator.isUuid(chatbotId)) {
            PageMessages.error(ConsoleText.get("conversation.chooseChatbot"));
            return;
        }
        String owner = admin();
        String askedIn = inCustomersConversation ? page.getId() : asks.conversationOf(lastTestAsk, owner);
        String noted = testAsks.asked(owner, question, askedIn, !inCustomersConversation);
        String askId = asks.start(owner, chatbotId, new CompletionRequest(askedIn, question.trim(), List.of(), null, null, null),
                PageMessages::reason, conversation -> testAsks.answeredIn(noted, conversation));
        if (!inCustomersConversation) {
            lastTestAsk = askId;
        }
        currentAsk = askId;
        PrimeFaces.current().ajax().addCallbackParam("askId", askId);
    }

    /** Stops the answer being generated (MaiAgent is told at its next piece). */
    public void stop() {
        asks.stop(currentAsk, admin());
    }

    /** An ask in the address ({@code ask=}, put there when it started): after a reload its question and answer show again. */
    public String getResumedQuestion() {
        if (resumeAsk == null) {
            return null;
        }
        String asked = asks.questionOf(resumeAsk, admin());
        if (asked != null) {
            currentAsk = resumeAsk;
        }
        return asked;
    }

    private static String admin() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    public String getResumeAsk() {
        return resumeAsk;
    }

    public void setResumeAsk(String resumeAsk) {
        this.resumeAsk = Uuid.Validator.isUuid(resumeAsk) ? resumeAsk : null;
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
