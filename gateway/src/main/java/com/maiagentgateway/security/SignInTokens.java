package com.maiagentgateway.security;

import com.maiagentgateway.store.SignedOutTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The console's sign-in token as a request carries it, and whether it was signed out (on any node). */
@ApplicationScoped
public class SignInTokens {

    @Inject
    SignedOutTokens signedOut;

    @Inject
    Clock clock;

    /** The server's single sign-on cookie (Liberty: LtpaToken2, or webAppSecurity ssoCookieName). */
    @Inject
    @ConfigProperty(name = "maiagent.console.sso-cookie", defaultValue = "LtpaToken2")
    String ssoCookie;

    /** Whether the request carries a token that was signed out. */
    public boolean isSignedOut(HttpServletRequest request) {
        String token = token(request);
        return token != null && signedOut.contains(token);
    }

    /** Records the request's token as signed out, before the sign-out itself. */
    public void recordSignOut(HttpServletRequest request) {
        String token = token(request);
        if (token != null) {
            signedOut.add(token, clock.instant());
        }
    }

    private String token(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (cookie.getName().equals(ssoCookie) && !cookie.getValue().isBlank()) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
