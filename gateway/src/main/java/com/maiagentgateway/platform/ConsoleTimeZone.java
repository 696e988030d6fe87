package com.maiagentgateway.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The time zone the console's days and times are in ({@code maiagent.console.time-zone}, default the server's),
 * which every page names. Usage and quotas are not: they count UTC days on every node.
 */
@Named
@ApplicationScoped
public class ConsoleTimeZone {

    @Inject
    @ConfigProperty(name = "maiagent.console.time-zone")
    Optional<String> configured;

    @Inject
    Clock clock;

    private ZoneId zone;

    public ConsoleTimeZone() {
    }

    /** For tests: a fixed zone and clock. */
    public ConsoleTimeZone(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    @PostConstruct
    void read() {
        String name = configured.map(String::trim).filter(s -> !s.isEmpty()).orElse(null);
        try {
            zone = name == null ? ZoneId.systemDefault() : ZoneId.of(name);
        } catch (DateTimeException notAZone) {
            throw new IllegalStateException("maiagent.console.time-zone: '" + name + "' is not a time zone (for example Asia/Taipei or UTC)", notAZone);
        }
    }

    public ZoneId zone() {
        return zone;
    }

    /** Today in the console's zone, by the injected clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** How the page names the zone: its id ("Asia/Taipei"). */
    public String getId() {
        return zone.getId();
    }
}
