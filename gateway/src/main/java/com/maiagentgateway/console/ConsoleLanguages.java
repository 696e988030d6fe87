package com.maiagentgateway.console;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/**
 * The console's languages and how a request picks one: the admin's choice (a cookie, so it holds on every node
 * without a session), else the best of the browser's languages, else English.
 */
public final class ConsoleLanguages {

    static final String COOKIE = "console-lang";

    /** Offered in this order; the names are written in their own language. */
    public enum Language {
        ENGLISH(Locale.ENGLISH, "English"),
        TRADITIONAL_CHINESE(Locale.TRADITIONAL_CHINESE, "繁體中文"),
        JAPANESE(Locale.JAPANESE, "日本語");

        private final Locale locale;
        private final String name;

        Language(Locale locale, String name) {
            this.locale = locale;
            this.name = name;
        }

        public Locale locale() {
            return locale;
        }

        public String tag() {
            return locale.toLanguageTag();
        }

        public String nativeName() {
            return name;
        }
    }

    private ConsoleLanguages() {
    }

    static Language of(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    Language chosen = byTag(cookie.getValue());
                    if (chosen != null) {
                        return chosen;
                    }
                }
            }
        }
        return fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    /** One of the three by its exact tag (en, zh-TW, ja), or null. */
    static Language byTag(String tag) {
        for (Language language : Language.values()) {
            if (language.tag().equals(tag)) {
                return language;
            }
        }
        return null;
    }

    /**
     * The first of the browser's ranges, by its weights, that one of the three serves. Any Chinese but the
     * Simplified forms is served by Traditional Chinese; Simplified is skipped for the next range, as it is not offered.
     */
    static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Language.ENGLISH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return Language.ENGLISH;
        }
        for (Locale.LanguageRange range : ranges) {
            String tag = range.getRange().toLowerCase(Locale.ROOT);
            if (tag.equals("en") || tag.startsWith("en-")) {
                return Language.ENGLISH;
            }
            if (tag.equals("ja") || tag.startsWith("ja-")) {
                return Language.JAPANESE;
            }
            if ((tag.equals("zh") || tag.startsWith("zh-")) && !tag.contains("hans") && !tag.equals("zh-cn") && !tag.equals("zh-sg")) {
                return Language.TRADITIONAL_CHINESE;
            }
        }
        return Language.ENGLISH;
    }
}
