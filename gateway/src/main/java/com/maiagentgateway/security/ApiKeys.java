package com.maiagentgateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The gateway's API keys: {@code mgw_<prefix>_<secret>}, 8 hex digits of prefix that name the key in
 * lists and logs, and 256 random bits of secret. Only the key's SHA-256 is stored: with 256 bits of
 * entropy nobody can search the key space, so a slow password hash would only cost every call its time.
 */
public final class ApiKeys {

    static final String SCHEME = "mgw_";
    private static final Pattern SHAPE = Pattern.compile("mgw_[0-9a-f]{8}_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A key as issued: the whole key (shown once) and what is kept of it. */
    public record Issued(String key, String prefix, String hash) {
        @Override
        public String toString() {
            return "Issued[prefix=" + prefix + ", key=***]";
        }
    }

    private ApiKeys() {
    }

    public static Issued issue() {
        byte[] prefix = new byte[4];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(prefix);
        RANDOM.nextBytes(secret);
        String visible = HexFormat.of().formatHex(prefix);
        String key = SCHEME + visible + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(key, visible, hash(key));
    }

    /** Whether a text has the shape of a gateway key (to refuse one met where it must not travel). */
    public static boolean looksLikeKey(String text) {
        return text != null && text.contains(SCHEME) && SHAPE.matcher(text).find();
    }

    /**
     * Whether an address's query carries a key, percent-encoded or not ({@code key=mgw%5F…} decodes to one, and a
     * server or proxy that logs the address logs it either way). A query that does not decode is read as it is.
     */
    public static boolean inQuery(String query) {
        if (query == null) {
            return false;
        }
        if (looksLikeKey(query)) {
            return true;
        }
        try {
            return looksLikeKey(java.net.URLDecoder.decode(query, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notEncodedAsItSays) {
            return false;
        }
    }

    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The token of an {@code Authorization: Bearer} header, or null. */
    public static String bearerToken(String header) {
        if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? null : token;
    }
}
