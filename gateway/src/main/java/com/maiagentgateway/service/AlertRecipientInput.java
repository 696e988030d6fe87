package com.maiagentgateway.service;

import com.maiagentgateway.model.AuditSubject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A recipient to add: {@code email} and an address, or {@code webhook} and an http(s) URL. What the annotations cannot
 * say (the address's form depends on the kind) {@link #addressProblem()} says, for the API and the console alike.
 */
public record AlertRecipientInput(
        @NotNull(message = "{application.required}") @Pattern(regexp = "email|webhook", message = "{alert.kind}") String kind,
        @NotBlank(message = "{application.required}") @Size(max = 500, message = "{application.size}") String address) implements AuditSubject {

    /** One address, no display name, a dot in the domain: what an operator types, not all RFC 5322 allows. */
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^\\s@<>(),;:\"\\[\\]]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    /** Why the address does not fit its kind: {@code email} or {@code url} (the message keys' last part), or null. */
    public String addressProblem() {
        if (kind == null || address == null || address.isBlank()) {
            return null;
        }
        String trimmed = address.trim();
        if (kind.equals("email")) {
            return EMAIL.matcher(trimmed).matches() ? null : "email";
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getRawUserInfo() == null;
            return web ? null : "url";
        } catch (URISyntaxException notAUri) {
            return "url";
        }
    }

    @Override
    public String auditTarget() {
        return kind + " " + (address == null ? "" : address.trim());
    }
}
