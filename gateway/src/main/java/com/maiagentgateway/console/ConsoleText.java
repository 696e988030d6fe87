package com.maiagentgateway.console;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The console's words for beans, in the language of the page being drawn (pages read the same bundle as #{text}). */
final class ConsoleText {

    static final String BUNDLE = "com.maiagentgateway.console.ConsoleText";

    private ConsoleText() {
    }

    /** The text under key; with arguments, formatted by MessageFormat in the page's locale. */
    static String get(String key, Object... arguments) {
        Locale locale = locale();
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        // Apostrophes are plain text in the bundles, not MessageFormat's quotes.
        return arguments.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(arguments);
    }

    /** Whether the console has words under key. */
    static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, locale()).containsKey(key);
    }

    static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null) {
            return faces.getViewRoot().getLocale();
        }
        return Locale.ENGLISH;
    }
}
