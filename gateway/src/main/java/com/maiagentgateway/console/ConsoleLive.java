package com.maiagentgateway.console;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The console's live feeds (webhook replies, chatbot answers as they are generated), read by the
 * pages' EventSources. Under /console, so the container's admin-only constraint and the console
 * session cover them; GETs only, they change nothing.
 */
@ApplicationPath("/console/live")
public class ConsoleLive extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(LiveFeedsResource.class);
    }
}
