package com.maiagentgateway.console;

import com.maiagentgateway.platform.Uuid;
import com.maiagentgateway.model.Conversation;
import com.maiagentgateway.service.ConversationService;
import com.maiagentgateway.service.TestAsks;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Starts a conversation on one of the configured web chats, as the API does, and opens it (its composer ready). It is
 * the admin's, not a customer's: noted as a test ({@link TestAsks}).
 */
@Named
@RequestScoped
public class StartConversationBean {

    @Inject
    ConversationService conversations;

    @Inject
    TestAsks testAsks;

    private String webChatId;

    public String start() {
        if (!Uuid.Validator.isUuid(webChatId)) {
            PageMessages.error(ConsoleText.get("conversations.chooseWebChat"));
            return null;
        }
        try {
            Conversation started = conversations.create(webChatId);
            testAsks.started(FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName(), started.id());
            return "/console/conversation.xhtml?faces-redirect=true&id=" + started.id() + "&started=true";
        } catch (RuntimeException failure) {
            PageMessages.failure(ConsoleText.get("conversations.notStarted"), failure);
            return null;
        }
    }

    public String getWebChatId() {
        return webChatId;
    }

    public void setWebChatId(String webChatId) {
        this.webChatId = webChatId;
    }
}
