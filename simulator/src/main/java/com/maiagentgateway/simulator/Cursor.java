package com.maiagentgateway.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Cursor pagination as Django REST framework does it: an opaque base64 token carrying a position. */
final class Cursor {

    private Cursor() {
    }

    static String encode(int position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("p=" + position).getBytes(StandardCharsets.US_ASCII));
    }

    /** The position, 0 for no cursor. */
    static int decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (!decoded.startsWith("p=")) {
                throw new IllegalArgumentException(decoded);
            }
            int position = Integer.parseInt(decoded.substring(2));
            if (position < 0) {
                throw new IllegalArgumentException(decoded);
            }
            return position;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid cursor", e);
        }
    }
}
