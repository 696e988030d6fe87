package com.maiagentgateway.model;

/** A stored reply an administrator pushes again to the listeners open on every node (the CDI event each node fires). */
public record ReplyPushedAgain(InboxReply reply) {
}
