package com.maiagentgateway.simulator;

/** A chatbot: what completions are addressed to and what records belong to. */
record SimChatbot(String id, String name) {
}
