package com.maiagentgateway.api.openai;

import com.maiagentgateway.problem.JsonBodyInterceptor;
import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.JsonException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

/**
 * OpenAI's clients ask for a stream in the body ({@code "stream": true}), not with {@code Accept}: this reads that one
 * flag before the method is chosen, and sets {@code Accept} to match, so that the whole answer and the stream stay two
 * plain methods. The body is given back to be read as usual (its checks and limits included).
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class StreamOrWhole implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.getMethod().equals("POST") || !request.getUriInfo().getPath().endsWith("chat/completions") || !request.hasEntity()) {
            return;
        }
        InputStream in = request.getEntityStream();
        byte[] head = in.readNBytes(JsonBodyInterceptor.MAX_BYTES + 1);
        request.setEntityStream(new SequenceInputStream(new ByteArrayInputStream(head), in));
        boolean stream = head.length <= JsonBodyInterceptor.MAX_BYTES && asksForStream(head);
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, stream ? MediaType.SERVER_SENT_EVENTS : MediaType.APPLICATION_JSON);
    }

    /** Whether the body's own {@code stream} member is true; anything unreadable is left to the body's checks. */
    static boolean asksForStream(byte[] body) {
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                return false;
            }
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_OBJECT) {
                    return false;
                }
                if (event == JsonParser.Event.KEY_NAME && parser.getString().equals("stream")) {
                    return parser.next() == JsonParser.Event.VALUE_TRUE;
                }
                if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                    skip(parser);
                }
            }
            return false;
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException unreadable) {
            return false;
        }
    }

    private static void skip(JsonParser parser) {
        int depth = 1;
        while (depth > 0 && parser.hasNext()) {
            switch (parser.next()) {
                case START_OBJECT, START_ARRAY -> depth++;
                case END_OBJECT, END_ARRAY -> depth--;
                default -> {
                }
            }
        }
    }
}
