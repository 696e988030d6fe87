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
 * streaming parser, which does not recurse, so a hostile depth cannot exhaust the stack), and text that
 * can be stored as sent: no lone surrogate escape (a database would keep "?") and no NUL (PostgreSQL refuses it).
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
                    case KEY_NAME, VALUE_STRING -> {
                        String unstorable = unstorable(parser.getString());
                        if (unstorable != null) {
                            return "The request body holds " + unstorable + ".";
                        }
                        if (depth == 0) {
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

    /** What in the text cannot be stored as sent, in words; null when nothing. */
    static String unstorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "a NUL character (\\u0000)";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "a lone surrogate (\\u" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + "), which is no character";
            }
        }
        return null;
    }
}
