package com.maiagentgateway.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.upstream.EventStreamReader.Event;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The WHATWG event-stream rules, one by one. */
class EventStreamReaderTest {

    static List<Event> read(InputStream in) throws IOException {
        List<Event> events = new ArrayList<>();
        new EventStreamReader(in).read(e -> events.add(e));
        return events;
    }

    static List<Event> read(String text) throws IOException {
        return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Hands out at most {@code chunk} bytes per read, as a slow network would. */
    static InputStream trickling(byte[] bytes, int chunk, long seed) {
        Random random = new Random(seed);
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + random.nextInt(chunk)));
            }
        };
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
            List<Event> events = read(trickling(text.getBytes(StandardCharsets.UTF_8), chunk, seed));
            assertEquals(List.of(new Event("message", "您好，世界 😀 こんにちは", ""), new Event("message", "second ✓", "")), events);
        }
    }

    @Test
    void eachEventIsHandedOnTheMomentItIsComplete() throws Exception {
        PipedOutputStream server = new PipedOutputStream();
        PipedInputStream client = new PipedInputStream(server, 65536);
        BlockingQueue<Event> received = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try {
                new EventStreamReader(client).read(received::add);
            } catch (IOException ignored) {
                // the test ends the stream
            }
        });
        reader.start();

        server.write("data: first\n\n".getBytes(StandardCharsets.UTF_8));
        server.flush();
        assertEquals("first", received.poll(2, TimeUnit.SECONDS).data(), "delivered before anything else is sent");
        server.write("data: sec".getBytes(StandardCharsets.UTF_8));
        server.flush();
        assertEquals(null, received.poll(200, TimeUnit.MILLISECONDS), "an incomplete event is not handed on");
        server.write("ond\n\n".getBytes(StandardCharsets.UTF_8));
        server.flush();
        assertEquals("second", received.poll(2, TimeUnit.SECONDS).data());
        server.close();
        reader.join(2000);
        assertFalse(reader.isAlive());
    }

    @Test
    void handlerCanStopReading() throws IOException {
        List<Event> seen = new ArrayList<>();
        boolean stopped = new EventStreamReader(new ByteArrayInputStream("data: 1\n\ndata: 2\n\n".getBytes(StandardCharsets.UTF_8)))
                .read(e -> seen.add(e) && false);
        assertTrue(stopped);
        assertEquals(1, seen.size());
    }
}
