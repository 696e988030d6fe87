package com.maiagentgateway.model;

/** A caller asking for one more long-lived stream of a kind than it may hold open on this node. */
public class TooManyStreams extends RuntimeException {

    private final String kind;
    private final int cap;

    public TooManyStreams(String kind, int cap) {
        super("This caller has " + cap + " " + kind + " open on this node, as many as it may: close one before opening another.",
                null, false, false);
        this.kind = kind;
        this.cap = cap;
    }

    public String kind() {
        return kind;
    }

    public int cap() {
        return cap;
    }
}
