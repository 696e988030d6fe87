package com.maiagentgateway.console;

import com.maiagentgateway.model.Conversation;
import com.maiagentgateway.service.ConversationService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** Conversations: an inbox, an optional keyword, and the table of its conversations. */
@Named
@ViewScoped
public class ConversationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConversationService conversations;

    @Inject
    ConsoleDirectory directory;

    @Pattern(regexp = "^$|[0-9a-fA-F-]{36}", message = "An inbox id is a UUID.")
    private String inboxId;

    @Size(max = 200, message = "Search for at most 200 characters.")
    private String keyword;

    private LazyDataModel<Conversation> table;

    @PostConstruct
    void firstInbox() {
        if (!directory.getInboxes().isEmpty()) {
            inboxId = directory.getInboxes().get(0).id();
        }
    }

    /** Shows the chosen inbox's conversations with the keyword, from the first page. */
    public void search() {
        ConsolePagedModel.showFirstPage(":list:conversations");
        table = null;
    }

    public LazyDataModel<Conversation> getTable() {
        if (table == null && inboxId != null && !inboxId.isBlank()) {
            table = new CursorPagedConversations(conversations, inboxId, keyword == null || keyword.isBlank() ? null : keyword.trim());
        }
        return table;
    }

    public String getInboxId() {
        return inboxId;
    }

    public void setInboxId(String inboxId) {
        this.inboxId = inboxId;
    }

    public String getKeyword() {
        return keyword;
    }

    public void setKeyword(String keyword) {
        this.keyword = keyword;
    }
}
