package com.maiagentgateway.client;

/** Asking a chatbot: what is asked, and the whole reply. */
public final class Completion {

    private Completion() {
    }

    /** A question, in a conversation to continue or (null) a new one. */
    public record Ask(String conversation, Question message) {

        public static Ask of(String question) {
            return new Ask(null, new Question(question));
        }

        public Ask inConversation(String conversationId) {
            return new Ask(conversationId, message);
        }
    }

    public record Question(String content) {
    }

    /** The chatbot's reply and the conversation it is in. */
    public record Reply(String content, String conversationId) {
    }
}
