package com.maiagentgateway.upstream;

import com.maiagentgateway.model.ReplyDelta;

/**
 * A streamed completion, event by event: each delta handed on the moment its event is complete;
 * the event with {@code done: true} ends it. A stream that ends without that event is an error,
 * not a reply. What the done event itself carries is not documented: nothing, the last piece, or
 * the whole reply again; only text not relayed yet is passed on.
 */
public final class ReplyStreamReader {

    private final StringBuilder relayed = new StringBuilder();
    private String conversationId;
    private boolean done;

    /** The piece of this event to pass on, or null when it adds nothing; {@link #done()} tells whether it was the last. */
    public ReplyDelta accept(EventStreamReader.Event event) {
        ReplyDelta delta = MaiAgentWire.delta(WireJson.parseObject(event.data()));
        conversationId = delta.conversationId();
        String piece = delta.content();
        if (delta.done()) {
            done = true;
            if (piece.startsWith(relayed.toString())) {
                piece = piece.substring(relayed.length()); // the whole reply again, perhaps with more
            }
            if (piece.isEmpty()) {
                return null;
            }
        }
        relayed.append(piece);
        return new ReplyDelta(piece, conversationId, false);
    }

    public boolean done() {
        return done;
    }

    /** The whole reply with its conversation id, once done. */
    public ReplyDelta whole() {
        if (!done) {
            throw new MaiAgentProtocolException("MaiAgent's reply stream ended before it was done", null);
        }
        return new ReplyDelta(relayed.toString(), conversationId, true);
    }
}
