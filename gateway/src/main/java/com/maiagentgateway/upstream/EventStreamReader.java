package com.maiagentgateway.upstream;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a {@code text/event-stream} as the WHATWG HTML standard specifies: lines end with CRLF,
 * LF or CR; a line starting with ':' is a comment; one optional space after the colon is dropped;
 * data lines join with LF; a blank line dispatches the event, as soon as it arrives. Bytes may be
 * split anywhere across reads, inside a UTF-8 character included. It is pushed the bytes as they
 * arrive ({@link #accept}), so no thread waits for them.
 */
public final class EventStreamReader {

    /** One dispatched event; {@code type} is "message" unless the stream named it. */
    public record Event(String type, String data, String lastEventId) {
    }

    /** Receives events as they complete; returns false to stop reading. */
    @FunctionalInterface
    public interface EventHandler {
        boolean onEvent(Event event) throws IOException;
    }

    private final CharsetDecoder pushed = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private ByteBuffer undecoded = ByteBuffer.allocate(0);
    private final StringBuilder line = new StringBuilder();
    private final StringBuilder data = new StringBuilder();
    private String eventType = "";
    private String lastEventId = "";
    private boolean afterCarriageReturn;
    private boolean firstCharacter = true;

    /**
     * Takes the next bytes of the stream, dispatching every event they complete. Returns true when
     * the handler said stop (the rest is ignored). A character split across calls waits for its rest.
     */
    public boolean accept(ByteBuffer bytes, EventHandler handler) throws IOException {
        ByteBuffer input = bytes;
        if (undecoded.hasRemaining()) {
            input = ByteBuffer.allocate(undecoded.remaining() + bytes.remaining()).put(undecoded).put(bytes).flip();
        }
        CharBuffer chars = CharBuffer.allocate(input.remaining() + 1);
        pushed.decode(input, chars, false);
        undecoded = input.hasRemaining() ? ByteBuffer.allocate(input.remaining()).put(input).flip() : ByteBuffer.allocate(0);
        chars.flip();
        return feed(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining(), handler);
    }

    /** Returns true when the handler asked to stop. */
    private boolean feed(char[] buffer, int offset, int length, EventHandler handler) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            char c = buffer[i];
            if (firstCharacter) {
                firstCharacter = false;
                if (c == '\uFEFF') {
                    continue;
                }
            }
            if (c == '\n') {
                if (afterCarriageReturn) {
                    afterCarriageReturn = false;
                    continue;
                }
                if (!processLine(handler)) {
                    return true;
                }
            } else if (c == '\r') {
                afterCarriageReturn = true;
                if (!processLine(handler)) {
                    return true;
                }
            } else {
                afterCarriageReturn = false;
                line.append(c);
            }
        }
        return false;
    }

    /** Returns false when the handler asked to stop. */
    private boolean processLine(EventHandler handler) throws IOException {
        String text = line.toString();
        line.setLength(0);
        if (text.isEmpty()) {
            return dispatch(handler);
        }
        if (text.charAt(0) == ':') {
            return true;
        }
        int colon = text.indexOf(':');
        String field = colon < 0 ? text : text.substring(0, colon);
        String value = colon < 0 ? "" : text.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (field) {
            case "event" -> eventType = value;
            case "data" -> data.append(value).append('\n');
            case "id" -> {
                if (value.indexOf('\u0000') < 0) {
                    lastEventId = value;
                }
            }
            default -> {
                // "retry" and unknown fields do not concern a reader that does not reconnect
            }
        }
        return true;
    }

    private boolean dispatch(EventHandler handler) throws IOException {
        if (data.length() == 0) {
            eventType = "";
            return true;
        }
        data.setLength(data.length() - 1);
        Event event = new Event(eventType.isEmpty() ? "message" : eventType, data.toString(), lastEventId);
        data.setLength(0);
        eventType = "";
        return handler.onEvent(event);
    }
}
