package com.maiagentgateway.service;

import com.maiagentgateway.problem.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a key is accepted: until the date asked for when it is issued, or for the default lifetime, and never
 * beyond the maximum. A lifetime of 0 days means none (a key without an end, or no upper bound).
 */
@ApplicationScoped
public class KeyLifetimes {

    /** The admin API's parameter, named in its refusals. */
    public static final String PARAMETER = "keyExpiresAt";

    /** Keys that end within this many days are shown as expiring soon. */
    public static final int SOON_DAYS = 7;

    @Inject
    @ConfigProperty(name = "maiagent.keys.default-lifetime-days", defaultValue = "365")
    int defaultDays;

    @Inject
    @ConfigProperty(name = "maiagent.keys.max-lifetime-days", defaultValue = "730")
    int maxDays;

    /**
     * When a key issued {@code now} ends: {@code requested} (an instant, or a date: the key works through that UTC
     * day), or the default lifetime when null. Refused (400 naming {@value #PARAMETER}) when not in the future or
     * beyond the maximum.
     */
    public Instant expiryFor(String requested, Instant now) {
        Instant latest = maxDays > 0 ? now.plus(Duration.ofDays(maxDays)) : null;
        if (requested == null || requested.isBlank()) {
            if (defaultDays <= 0) {
                return null;
            }
            Instant byDefault = now.plus(Duration.ofDays(defaultDays));
            return latest != null && byDefault.isAfter(latest) ? latest : byDefault;
        }
        Instant asked = parse(requested.trim());
        if (!asked.isAfter(now)) {
            throw new InvalidInputException(PARAMETER, "must be in the future");
        }
        if (latest != null && asked.isAfter(latest)) {
            throw new InvalidInputException(PARAMETER, "must be at most " + maxDays + " days from now");
        }
        return asked;
    }

    public boolean endsSoon(Instant expiresAt, Instant now) {
        return expiresAt != null && expiresAt.isAfter(now) && expiresAt.isBefore(now.plus(Duration.ofDays(SOON_DAYS)));
    }

    private static Instant parse(String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeParseException notADate) {
            throw new InvalidInputException(PARAMETER, "must be a date (YYYY-MM-DD) or an instant (2027-01-31T12:00:00Z)");
        }
    }
}
