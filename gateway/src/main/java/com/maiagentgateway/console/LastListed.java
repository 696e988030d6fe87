package com.maiagentgateway.console;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each of an admin's MaiAgent tables last listed, kept for the session: a new search is a new page, and when
 * MaiAgent fails it, the table shows the previous search's rows (said to be those) instead of going blank.
 * One page per table, held in the admin's session (which a sign-out or a node's restart ends).
 */
@SessionScoped
public class LastListed implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A table's last listed rows, and when. */
    record Listed(List<?> rows, Instant at) implements Serializable {
    }

    /** Per admin session on purpose: what this admin last saw, on the node that showed it; it ends with the session. */
    private final Map<String, Listed> byTable = new ConcurrentHashMap<>();

    void remember(String table, List<?> rows, Instant at) {
        byTable.put(table, new Listed(List.copyOf(rows), at));
    }

    Listed recall(String table) {
        return byTable.get(table);
    }
}
