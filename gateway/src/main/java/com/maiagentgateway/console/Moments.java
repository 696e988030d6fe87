package com.maiagentgateway.console;

import com.maiagentgateway.platform.ConsoleTimeZone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * A moment in a page is written {@code <time class="moment" datetime="…">} with the console's rendering inside (to
 * the minute, in the console's time zone); the console's script shows it relative ("3 min ago") with the absolute
 * time in the viewer's zone on hover.
 */
@Named
@ApplicationScoped
public class Moments {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    ConsoleTimeZone timeZone;

    /** The ISO-8601 instant for a {@code datetime} attribute, or empty. */
    public String iso(Instant moment) {
        return moment == null ? "" : moment.toString();
    }

    /** The moment as the console writes it, for text that is formatted around it. */
    public String shown(Instant moment) {
        return moment == null ? "" : SHOWN.withZone(timeZone.zone()).format(moment);
    }
}
