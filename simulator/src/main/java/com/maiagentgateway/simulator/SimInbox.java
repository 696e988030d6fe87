package com.maiagentgateway.simulator;

/** An inbox (a channel MaiAgent talks on) and the web chat that creates conversations in it. */
record SimInbox(String id, String name, String channelType, String webChatId) {
}
