package com.maiagentgateway.console;

import com.maiagentgateway.model.Conversation;
import com.maiagentgateway.model.CursorPage;
import com.maiagentgateway.service.ConversationService;
import java.util.ArrayList;

/**
 * An inbox's conversations for a console table, one MaiAgent page at a time. MaiAgent pages by
 * cursor, not offset, so the cursor of each page reached is kept: the table can go back to any
 * page seen and on to the next; the row count says "one more page" while MaiAgent has one.
 */
final class ConversationCursors implements ConsolePagedModel.PageLoader<Conversation> {

    private static final long serialVersionUID = 1L;

    private final ConversationService conversations;
    private String inboxId;
    private String keyword;
    /** The cursor of page n at index n (null for the first page). */
    private final ArrayList<String> cursors = new ArrayList<>();
    private int cursorPageSize;

    ConversationCursors(ConversationService conversations) {
        this.conversations = conversations;
    }

    /** A new search: the cursors seen so far belong to the old one. */
    void restart(String inboxId, String keyword) {
        this.inboxId = inboxId;
        this.keyword = keyword;
        cursors.clear();
        cursors.add(null);
    }

    @Override
    public ConsolePagedModel.Page<Conversation> load(int first, int pageSize) {
        if (pageSize != cursorPageSize) {
            cursors.subList(1, cursors.size()).clear();
            cursorPageSize = pageSize;
        }
        int page = Math.min(first / pageSize, cursors.size() - 1);
        CursorPage<Conversation> result = conversations.list(inboxId, keyword, cursors.get(page), pageSize);
        if (result.nextCursor() != null && cursors.size() == page + 1) {
            cursors.add(result.nextCursor());
        }
        int rows = result.count() != null ? result.count().intValue()
                : page * pageSize + result.items().size() + (result.nextCursor() != null ? pageSize : 0);
        return new ConsolePagedModel.Page<>(result.items(), rows);
    }
}
