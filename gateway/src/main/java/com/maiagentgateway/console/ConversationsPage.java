package com.maiagentgateway.console;

import com.maiagentgateway.platform.ConsoleDirectory;
import com.maiagentgateway.model.Conversation;
import com.maiagentgateway.platform.Texts;
import com.maiagentgateway.platform.Uuid;
import com.maiagentgateway.service.ConversationService;
import com.maiagentgateway.service.TestAsks;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Clock;
import org.primefaces.model.LazyDataModel;

/** Conversations: an inbox, an optional keyword, and the table of its conversations (the admins' tests left out). */
@Named
@ViewScoped
public class ConversationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LastListed lastListed;

    @Inject
    Clock clock;

    @Inject
    ConversationService conversations;

    @Inject
    ConsoleDirectory directory;

    @Inject
    TestAsks testAsks;

    @Uuid(blankAllowed = true, message = "{console.inbox.uuid}")
    private String inboxId;

    @Size(max = 200, message = "{console.search.size}")
    private String keyword;

    private final TestAsksListed tests = new TestAsksListed();
    private ConversationCursors cursors;
    private ConsolePagedModel<Conversation> table;

    @PostConstruct
    void firstInbox() {
        if (!directory.getInboxes().isEmpty()) {
            inboxId = directory.getInboxes().get(0).id();
        }
        cursors = new ConversationCursors(conversations);
        table = new ConsolePagedModel<>("conversations.listing",
                (first, size) -> tests.sift(cursors.load(first, size), testAsks::testConversationsAmong, Conversation::id),
                Conversation::id, clock).rememberedIn(lastListed);
        cursors.restart(inboxId, null);
    }

    /**
     * The filters in the address (inbox, q) are what the table lists: on opening, after Back, on reload, from a
     * bookmark. MaiAgent pages by cursor, so the page within a search is not in the address: it starts at the first.
     */
    public void listWhatTheAddressSays() {
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            table.startOver(":list:conversations");
            cursors.restart(inboxId, Texts.trimmedOrNull(keyword));
        }
    }

    /** A new search becomes a new address (post, redirect, get), so Back and reload show what the filters say. */
    public String search() {
        return "/console/conversations?faces-redirect=true&includeViewParams=true";
    }

    public LazyDataModel<Conversation> getTable() {
        return inboxId == null || inboxId.isBlank() ? null : table;
    }

    /** The admins' test conversations: left out unless the address says tests=shown. */
    public TestAsksListed getTests() {
        return tests;
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
