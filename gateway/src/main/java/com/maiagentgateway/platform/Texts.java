package com.maiagentgateway.platform;

/** Optional text as callers and admins type it. */
public final class Texts {

    private Texts() {
    }

    /** The text without surrounding blanks, or null when nothing was given: "no filter". */
    public static String trimmedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** The text cut to at most {@code max} characters (a database column's length); null stays null. */
    public static String clipped(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
