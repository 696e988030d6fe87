package com.maiagentgateway.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.maiagentgateway.model.ReplyDelta;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyStreamReaderTest {

    static final String PIECES = "data: {\"content\":\"Hel\",\"conversation_id\":\"c1\",\"done\":false}\n\n"
            + "data: {\"content\":\"lo\",\"conversation_id\":\"c1\",\"done\":false}\n\n";

    static List<String> relay(String stream, ReplyDelta[] end) throws IOException {
        List<String> pieces = new ArrayList<>();
        ReplyStreamReader reply = new ReplyStreamReader();
        new EventStreamReader().accept(java.nio.ByteBuffer.wrap(stream.getBytes(StandardCharsets.UTF_8)), event -> {
            ReplyDelta piece = reply.accept(event);
            if (piece != null) {
                pieces.add(piece.content());
            }
            return !reply.done();
        });
        end[0] = reply.whole();
        return pieces;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Hello", "Hel"})
    void doneWithNothingNewAddsNothing(String doneContent) throws IOException {
        ReplyDelta[] end = new ReplyDelta[1];
        String stream = PIECES + "data: {\"content\":\"" + doneContent + "\",\"conversation_id\":\"c1\",\"done\":true}\n\n";
        List<String> pieces = relay(stream, end);
        assertEquals(doneContent.equals("Hel") ? List.of("Hel", "lo", "Hel") : List.of("Hel", "lo"), pieces);
        assertEquals("c1", end[0].conversationId());
    }

    @Test
    void doneCarryingTheWholeReplyWithMorePassesOnOnlyTheRest() throws IOException {
        ReplyDelta[] end = new ReplyDelta[1];
        assertEquals(List.of("Hel", "lo", "!"), relay(PIECES + "data: {\"content\":\"Hello!\",\"conversationId\":\"c1\",\"done\":true}\n\n", end));
        assertEquals(new ReplyDelta("Hello!", "c1", true), end[0]);
    }

    @Test
    void streamEndingWithoutDoneIsAnError() {
        assertThrows(MaiAgentProtocolException.class, () -> relay(PIECES, new ReplyDelta[1]));
    }

    @Test
    void eventThatIsNotJsonIsAnError() {
        assertThrows(MaiAgentProtocolException.class, () -> relay("data: {\"content\": tru\n\n", new ReplyDelta[1]));
    }
}
