package com.maiagentgateway.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;

/**
 * A moment in a page is written {@code <time class="moment" datetime="…">} with the server's rendering inside;
 * the console's script shows it relative ("3 min ago") with the absolute time in the viewer's zone on hover.
 */
@Named
@ApplicationScoped
public class Moments {

    /** The ISO-8601 instant for a {@code datetime} attribute, or empty. */
    public String iso(Instant moment) {
        return moment == null ? "" : moment.toString();
    }

    /** The moment as the console writes it (see InstantConverter), for text that is formatted around it. */
    public String shown(Instant moment) {
        return moment == null ? "" : InstantConverter.SHOWN.format(moment);
    }
}
