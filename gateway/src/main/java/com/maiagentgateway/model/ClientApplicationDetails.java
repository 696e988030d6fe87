package com.maiagentgateway.model;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A client application as the admin API and the console show it: its settings, status and keys (by prefix; a
 * key itself is never kept). {@code chatbots} null: every chatbot; quotas null: no such limit.
 */
public record ClientApplicationDetails(long id, String name, String owner, String contact, List<String> chatbots,
                                       Set<ApiOperation> operations, Integer requestsPerMinute, Integer completionsPerDay,
                                       Long uploadBytesPerDay, boolean active, Instant createdAt, Instant updatedAt, List<Key> keys) {

    /**
     * One of its keys, known by its prefix: {@code active} while neither revoked nor expired; {@code endsSoon} when it
     * expires within a week (null {@code expiresAt}: never); {@code lastUsedAt} as of the nodes' last flush (null: never).
     */
    public record Key(String prefix, Instant createdAt, Instant revokedAt, Instant expiresAt, Instant lastUsedAt, boolean active, boolean endsSoon) {
    }

    public long activeKeys() {
        return keys.stream().filter(Key::active).count();
    }
}
