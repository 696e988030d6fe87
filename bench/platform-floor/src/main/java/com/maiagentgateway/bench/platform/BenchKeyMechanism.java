package com.maiagentgateway.bench.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Hashtable;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * One caller, known by a Bearer key whose SHA-256 is compared in constant time: as cheap as a key check gets (the
 * gateway's own, against its key directory, measures 0.57 µs), so what this floor pays is Jakarta Security's. The
 * caller's subject is reused through Open Liberty's authentication cache, as the gateway's mechanism does: without
 * it Liberty makes a new subject with a JAAS login and an RSA-signed token on every request.
 */
@ApplicationScoped
public class BenchKeyMechanism implements HttpAuthenticationMechanism {

    static final String ROLE = "client";

    private static final byte[] KEY_DIGEST = sha256(ConfigProvider.getConfig().getValue("platform-floor.client-key", String.class));

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            return context.doNothing();
        }
        if (authorization.startsWith("Bearer ") && MessageDigest.isEqual(sha256(authorization.substring(7)), KEY_DIGEST)) {
            return reusingSubject(context.notifyContainerAboutLogin("bench-client", Set.of(ROLE)), context);
        }
        return context.responseUnauthorized();
    }

    /** Open Liberty takes the subject it made the first time when the caller's credentials name its cache key. */
    @SuppressWarnings("unchecked")
    private static AuthenticationStatus reusingSubject(AuthenticationStatus status, HttpMessageContext context) {
        if (status == AuthenticationStatus.SUCCESS) {
            for (Hashtable<?, ?> credentials : context.getClientSubject().getPrivateCredentials(Hashtable.class)) {
                ((Hashtable<String, Object>) credentials).put("com.ibm.wsspi.security.cred.cacheKey", "platform-floor:bench-client");
            }
        }
        return status;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
