package com.maiagentgateway.console;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/** Where to send an admin after signing in: the console page that asked for the sign-in, and never off-site. */
final class ReturnAddress {

    private static final String CONSOLE = "/console/";

    private ReturnAddress() {
    }

    /** The page the container stopped on its way to the login form, or null. */
    static String of(HttpServletRequest request) {
        Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (forwardedFrom != null) {
            Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
            return query == null ? forwardedFrom.toString() : forwardedFrom + "?" + query;
        }
        // Liberty redirects to the login form and keeps the page asked for in this cookie.
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if ("WASReqURL".equals(cookie.getName())) {
                    try {
                        URI asked = URI.create(cookie.getValue());
                        return asked.getRawQuery() == null ? asked.getRawPath() : asked.getRawPath() + "?" + asked.getRawQuery();
                    } catch (IllegalArgumentException notAUri) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    /** The requested console page if it is one (no control characters: it becomes a Location header), else the console's home. */
    static String safe(String contextPath, String requested) {
        String home = contextPath + CONSOLE;
        if (requested == null || !requested.startsWith(home) || requested.contains("//")
                || requested.contains("\\") || requested.contains("..") || requested.chars().anyMatch(c -> c < 0x21 || c == 0x7F)) {
            return home;
        }
        return requested;
    }

    /** Like {@link #safe}, and the sign-in page too (the language links are on it; its own parameters are not kept). */
    static String safePage(String contextPath, String requested) {
        String signIn = contextPath + "/login.xhtml";
        if (requested != null && requested.startsWith(signIn)) {
            return signIn;
        }
        return safe(contextPath, requested);
    }
}
