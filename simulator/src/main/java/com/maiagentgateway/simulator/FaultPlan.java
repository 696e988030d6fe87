package com.maiagentgateway.simulator;

import java.util.Locale;

/**
 * What goes wrong with one simulated answer, written as a comma-separated list, e.g.
 * {@code latency=300}, {@code status=503}, {@code status=429,retry-after=2}, {@code drop},
 * {@code malformed}, {@code cut-after=3} (a stream ends after 3 events without done),
 * {@code drip=20} (stream bytes sent one at a time, 20 ms apart); and two documented variants of
 * MaiAgent's answers: {@code whole-reply} (a streamed completion answered as one JSON reply, as by a
 * MaiAgent reading the other spelling of the streaming flag) and {@code no-id} (a created message
 * answered without its {@code id}, as the docs' example is).
 */
record FaultPlan(long latencyMillis, int status, int retryAfterSeconds, boolean drop, boolean malformed,
                 int cutAfterEvents, long dripMillisPerByte, boolean wholeReply, boolean withoutId) {

    static FaultPlan parse(String spec) {
        long latency = 0;
        int status = 0;
        int retryAfter = -1;
        boolean drop = false;
        boolean malformed = false;
        int cutAfter = -1;
        long drip = 0;
        boolean wholeReply = false;
        boolean withoutId = false;
        for (String raw : spec.split(",")) {
            String directive = raw.trim().toLowerCase(Locale.ROOT);
            if (directive.isEmpty()) {
                continue;
            }
            String name = directive.contains("=") ? directive.substring(0, directive.indexOf('=')).trim() : directive;
            String value = directive.contains("=") ? directive.substring(directive.indexOf('=') + 1).trim() : null;
            try {
                switch (name) {
                    case "latency" -> latency = Long.parseLong(value);
                    case "status" -> status = Integer.parseInt(value);
                    case "retry-after" -> retryAfter = Integer.parseInt(value);
                    case "drop" -> drop = true;
                    case "malformed" -> malformed = true;
                    case "cut-after" -> cutAfter = Integer.parseInt(value);
                    case "drip" -> drip = Long.parseLong(value);
                    case "whole-reply" -> wholeReply = true;
                    case "no-id" -> withoutId = true;
                    default -> throw new IllegalArgumentException("unknown fault '" + name + "'");
                }
            } catch (NumberFormatException | NullPointerException e) {
                throw new IllegalArgumentException("fault '" + name + "' needs a number, e.g. " + name + "=2");
            }
        }
        if (status != 0 && (status < 400 || status > 599)) {
            throw new IllegalArgumentException("status must be an error status (400-599)");
        }
        if (status == 429 && retryAfter < 0) {
            retryAfter = 1;
        }
        return new FaultPlan(latency, status, retryAfter, drop, malformed, cutAfter, drip, wholeReply, withoutId);
    }

    /** Faults that the answer itself must play out (the resource reads them from the request). */
    boolean shapesTheAnswer() {
        return cutAfterEvents >= 0 || dripMillisPerByte > 0 || wholeReply || withoutId;
    }
}
