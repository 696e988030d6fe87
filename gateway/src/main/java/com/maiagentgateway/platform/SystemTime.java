package com.maiagentgateway.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The clock and the sleeper the gateway runs on; tests build the classes that use them with their own. */
@ApplicationScoped
public class SystemTime {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @ApplicationScoped
    Sleeper sleeper() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
