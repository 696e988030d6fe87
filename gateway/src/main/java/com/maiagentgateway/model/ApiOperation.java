package com.maiagentgateway.model;

/**
 * What an API call does, as far as a client application's scope goes: every call is exactly one of these
 * (each resource method names its own with {@code api.CallKind}).
 */
public enum ApiOperation {
    /** Listing and reading conversations, messages, attachments, specs, and reply streams. */
    READ,
    /** Creating conversations and sending messages. */
    WRITE,
    /** Asking a chatbot, synchronously or streamed. */
    COMPLETIONS,
    /** Uploading attachments. */
    UPLOADS,
    /** Chatbot records and their export. */
    RECORDS,
    /** Managing client applications and reading the audit trail: registry admins only, never a key. */
    ADMIN
}
