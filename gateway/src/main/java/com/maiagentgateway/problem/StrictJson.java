package com.maiagentgateway.problem;

import com.maiagentgateway.platform.Jsonp;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A JSON request body held to the letter before anything reads it: valid UTF-8 (nothing quietly
 * replaced), one JSON value and nothing after it, nested no deeper than a limit (checked with the
 * streaming parser, which does not recurse, so a hostile depth cannot exhaust the stack).
 */
public final class StrictJson {

    /** Deeper than any body the gateway takes. */
    public static final int MAX_DEPTH = 32;

    private StrictJson() {
    }

    /** Why the body is not acceptable JSON, in words for the caller; null when it is. */
    public static String problemWith(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return "The request body is not valid UTF-8.";
        }
        int depth = 0;
        boolean seenValue = false;
        try (JsonParser parser = Jsonp.createParser(new StringReader(text))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (seenValue && depth == 0) {
                    return "The request body has more after its JSON value.";
                }
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > MAX_DEPTH) {
                            return "The request body is nested deeper than " + MAX_DEPTH + " levels.";
                        }
                    }
                    case END_OBJECT, END_ARRAY -> {
                        if (--depth == 0) {
                            seenValue = true;
                        }
                    }
                    default -> {
                        if (depth == 0) {
                            seenValue = true;
                        }
                    }
                }
            }
        } catch (JsonParsingException malformed) {
            return "The request body is not valid JSON (line " + malformed.getLocation().getLineNumber()
                    + ", column " + malformed.getLocation().getColumnNumber() + ").";
        } catch (RuntimeException malformed) {
            return "The request body is not valid JSON.";
        }
        return seenValue ? null : "The request body is empty.";
    }
}
