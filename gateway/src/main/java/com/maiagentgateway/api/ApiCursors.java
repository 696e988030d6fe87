package com.maiagentgateway.api;

import com.maiagentgateway.problem.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The cursors callers see: opaque tokens wrapping MaiAgent's position, never its URLs. */
final class ApiCursors {

    private static final String VERSION = "v1:";

    private ApiCursors() {
    }

    static String encode(String upstream) {
        return upstream == null ? null
                : Base64.getUrlEncoder().withoutPadding().encodeToString((VERSION + upstream).getBytes(StandardCharsets.UTF_8));
    }

    /** Null for none; anything this API did not hand out is invalid input. */
    static String decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(VERSION) && text.length() > VERSION.length()) {
                return text.substring(VERSION.length());
            }
        } catch (IllegalArgumentException notBase64) {
            // falls through
        }
        throw new InvalidInputException("cursor", "is not a cursor this API handed out");
    }
}
