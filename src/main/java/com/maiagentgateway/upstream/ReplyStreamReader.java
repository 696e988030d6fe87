package com.maiagentgateway.upstream;

import com.maiagentgateway.model.ReplyDelta;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.function.Consumer;

/**
 * A streamed completion: each delta handed on the moment its event is complete; the event with
 * {@code done: true} ends it. A stream that ends without that event is an error, not a reply.
 */
public final class ReplyStreamReader {

    private ReplyStreamReader() {
    }

    /**
     * Reads to the done event and returns the whole reply with its conversation id. What the done
     * event itself carries is not documented: nothing, the last piece, or the whole reply again;
     * only text not relayed yet is passed on.
     */
    public static ReplyDelta relay(InputStream stream, Consumer<ReplyDelta> onDelta) throws IOException {
        StringBuilder relayed = new StringBuilder();
        ReplyDelta[] last = new ReplyDelta[1];
        boolean finished = new EventStreamReader(stream).read(event -> {
            ReplyDelta delta = MaiAgentWire.delta(parse(event.data()));
            last[0] = delta;
            if (!delta.done()) {
                relayed.append(delta.content());
                onDelta.accept(delta);
                return true;
            }
            String rest = delta.content();
            if (rest.startsWith(relayed.toString())) {
                rest = rest.substring(relayed.length()); // the whole reply again, perhaps with more
            }
            if (!rest.isEmpty()) {
                relayed.append(rest);
                onDelta.accept(new ReplyDelta(rest, delta.conversationId(), false));
            }
            return false;
        });
        if (!finished) {
            throw new MaiAgentProtocolException("MaiAgent's reply stream ended before it was done", null);
        }
        return new ReplyDelta(relayed.toString(), last[0].conversationId(), true);
    }

    private static JsonObject parse(String data) {
        try (JsonReader reader = Json.createReader(new StringReader(data))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new MaiAgentProtocolException("MaiAgent sent a stream event that is not JSON", e);
        }
    }
}
