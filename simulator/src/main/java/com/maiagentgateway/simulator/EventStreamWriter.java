package com.maiagentgateway.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes Server-Sent Events byte for byte, so the simulator can send every legal framing a
 * reader must cope with (CRLF or CR line ends, data split over several lines, comment lines)
 * and drip the bytes slowly. Each event is flushed as soon as it is written.
 */
final class EventStreamWriter {

    /** How the events are framed; all are valid SSE. */
    record Framing(String lineEnd, boolean multiLineData, boolean comments, long dripMillisPerByte) {
        static final Framing PLAIN = new Framing("\n", false, false, 0);
    }

    private final OutputStream out;
    private final Framing framing;

    EventStreamWriter(OutputStream out, Framing framing) {
        this.out = out;
        this.framing = framing;
    }

    void data(String json) throws IOException {
        StringBuilder event = new StringBuilder();
        if (framing.comments()) {
            event.append(": keep-alive").append(framing.lineEnd());
        }
        if (framing.multiLineData()) {
            // One data line per JSON member: the reader must join data lines with "\n".
            for (String line : splitBetweenMembers(json)) {
                event.append("data:").append(line).append(framing.lineEnd());
            }
        } else {
            event.append("data: ").append(json).append(framing.lineEnd());
        }
        event.append(framing.lineEnd());
        write(event.toString());
    }

    /** Splits after each comma that is outside a string, so joining with newlines keeps the JSON valid. */
    static java.util.List<String> splitBetweenMembers(String json) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        boolean inString = false;
        int start = 0;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\\' && inString) {
                i++;
            } else if (c == '"') {
                inString = !inString;
            } else if (c == ',' && !inString) {
                lines.add(json.substring(start, i + 1));
                start = i + 1;
            }
        }
        lines.add(json.substring(start));
        return lines;
    }

    private void write(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (framing.dripMillisPerByte() <= 0) {
            out.write(bytes);
            out.flush();
            return;
        }
        for (byte b : bytes) {
            out.write(b);
            out.flush();
            pause(framing.dripMillisPerByte());
        }
    }

    static void pause(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("stream interrupted", e);
        }
    }
}
