package com.maiagentgateway.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.URI;
import java.util.Locale;

/**
 * Which addresses the console may turn into links and images: http(s) only. A file address comes
 * from MaiAgent or an API caller; a {@code javascript:} or {@code data:} one would run in the console's origin.
 */
@Named("links")
@ApplicationScoped
public class SafeLinks {

    public boolean web(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            String scheme = URI.create(address.trim()).getScheme();
            return scheme != null && (scheme.toLowerCase(Locale.ROOT).equals("https") || scheme.toLowerCase(Locale.ROOT).equals("http"));
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}
