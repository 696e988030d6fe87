package com.maiagentgateway.simulator;

/** A conversation as MaiAgent keeps it; its messages live in the store beside it. */
record SimConversation(String id, SimInbox inbox, SimContact contact, String title, long createdAt,
                       String llmId, String ipAddress, int unreadMessagesCount) {
}
