package com.maiagentgateway.security;

import com.maiagentgateway.model.ApiOperation;
import com.maiagentgateway.store.ClientApplication;
import com.maiagentgateway.store.ClientKey;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A client application as one of its keys presents it, as every node's key directory holds it: enough to
 * authenticate, scope and meter a call without asking the database.
 */
public record ClientIdentity(long applicationId, String name, ClientApplication.Status status, Set<ApiOperation> operations,
                             List<String> chatbots, Integer requestsPerMinute, Integer completionsPerDay, Long uploadBytesPerDay,
                             String keyPrefix, boolean revoked, Instant keyExpiresAt) {

    private static final String ATTRIBUTE = ClientIdentity.class.getName();

    static ClientIdentity of(ClientApplication application, ClientKey key) {
        return new ClientIdentity(application.getId(), application.getName(), application.getStatus(),
                Set.copyOf(application.getOperations()), application.getChatbots() == null ? null : List.copyOf(application.getChatbots()),
                application.getRequestsPerMinute(), application.getCompletionsPerDay(), application.getUploadBytesPerDay(),
                key.getPrefix(), !key.isActive(), key.getExpiresAt());
    }

    /** The application behind the current API call, or null when a registry user (HTTP Basic) makes it. */
    public static ClientIdentity of(HttpServletRequest request) {
        return request == null ? null : (ClientIdentity) request.getAttribute(ATTRIBUTE);
    }

    void attachTo(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    /** Whether the key has passed its end (a key without one never does). */
    public boolean expiredAt(Instant now) {
        return keyExpiresAt != null && !now.isBefore(keyExpiresAt);
    }

    public boolean allowsChatbot(String chatbotId) {
        return chatbots == null || chatbots.contains(chatbotId);
    }

    /** How the audit trail and the logs name this caller: the application and which of its keys. */
    public String actor() {
        return "app:" + name + " (key " + keyPrefix + ")";
    }
}
