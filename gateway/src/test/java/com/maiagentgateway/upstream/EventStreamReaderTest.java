package com.maiagentgateway.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.upstream.EventStreamReader.Event;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The WHATWG event-stream rules, one by one. */
class EventStreamReaderTest {

    static ByteBuffer bytes(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The events of a stream pushed in one piece, as the reader is in production (pushed what arrives). */
    static List<Event> read(String text) throws IOException {
        List<Event> events = new ArrayList<>();
        new EventStreamReader().accept(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), events::add);
        return events;
    }

    /** The events of a stream pushed at most {@code chunk} bytes at a time, as a slow network delivers it. */
    static List<Event> trickled(byte[] bytes, int chunk, long seed) throws IOException {
        Random random = new Random(seed);
        EventStreamReader reader = new EventStreamReader();
        List<Event> events = new ArrayList<>();
        for (int at = 0; at < bytes.length; ) {
            int n = Math.min(bytes.length - at, 1 + random.nextInt(chunk));
            reader.accept(ByteBuffer.wrap(bytes, at, n), events::add);
            at += n;
        }
        return events;
    }

    @Test
    void dataWithAndWithoutTheOptionalSpace() throws IOException {
        assertEquals(List.of(new Event("message", "a", ""), new Event("message", " b", "")), read("data: a\n\ndata:  b\n\n"));
        assertEquals(List.of(new Event("message", "c", "")), read("data:c\n\n"));
    }

    @Test
    void commentsAreSkipped() throws IOException {
        assertEquals(List.of(new Event("message", "x", "")), read(": keep-alive\ndata: x\n:another\n\n"));
    }

    @Test
    void multiLineDataJoinsWithLineFeeds() throws IOException {
        assertEquals(List.of(new Event("message", "{\"a\":1,\n\"b\":2}", "")), read("data: {\"a\":1,\ndata: \"b\":2}\n\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r", "\r\n"})
    void everyLineEnd(String end) throws IOException {
        String text = "event: delta" + end + "id: 7" + end + "data: one" + end + "data: two" + end + end + "data: three" + end + end;
        assertEquals(List.of(new Event("delta", "one\ntwo", "7"), new Event("message", "three", "7")), read(text));
    }

    @Test
    void eventNameResetsButLastIdStays() throws IOException {
        assertEquals(List.of(new Event("done", "1", "a"), new Event("message", "2", "a")),
                read("event: done\nid: a\ndata: 1\n\ndata: 2\n\n"));
    }

    @Test
    void blankLinesWithoutDataDispatchNothing() throws IOException {
        assertEquals(List.of(), read("\n\n\nevent: ping\n\n: only a comment\n\n"));
    }

    @Test
    void fieldWithoutColonAndUnknownFields() throws IOException {
        assertEquals(List.of(new Event("message", "", "")), read("data\n\n"));
        assertEquals(List.of(new Event("message", "x", "")), read("retry: 3000\nfoo: bar\ndata: x\n\n"));
    }

    @Test
    void anEventNotClosedByABlankLineIsDropped() throws IOException {
        assertEquals(List.of(new Event("message", "kept", "")), read("data: kept\n\ndata: lost"));
    }

    @Test
    void leadingByteOrderMarkIsIgnored() throws IOException {
        assertEquals(List.of(new Event("message", "x", "")), read("\uFEFFdata: x\n\n"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7})
    void splitAnywhereEvenInsideUtf8CharactersAndCrLf(int chunk) throws IOException {
        String text = "data: 您好，世界 😀 こんにちは\r\n\r\ndata: second ✓\r\n\r\n";
        for (long seed = 0; seed < 20; seed++) {
            List<Event> events = trickled(text.getBytes(StandardCharsets.UTF_8), chunk, seed);
            assertEquals(List.of(new Event("message", "您好，世界 😀 こんにちは", ""), new Event("message", "second ✓", "")), events);
        }
    }

    @Test
    void eachEventIsHandedOnTheMomentItIsComplete() throws IOException {
        EventStreamReader reader = new EventStreamReader();
        List<Event> received = new ArrayList<>();
        reader.accept(bytes("data: first\n\n"), received::add);
        assertEquals(List.of("first"), received.stream().map(Event::data).toList(), "delivered before anything else arrives");
        reader.accept(bytes("data: sec"), received::add);
        assertEquals(1, received.size(), "an incomplete event is not handed on");
        reader.accept(bytes("ond\n\n"), received::add);
        assertEquals("second", received.get(1).data());
    }

    @Test
    void handlerCanStopReading() throws IOException {
        List<Event> seen = new ArrayList<>();
        boolean stopped = new EventStreamReader().accept(bytes("data: 1\n\ndata: 2\n\n"), e -> seen.add(e) && false);
        assertTrue(stopped);
        assertEquals(1, seen.size());
    }
}
