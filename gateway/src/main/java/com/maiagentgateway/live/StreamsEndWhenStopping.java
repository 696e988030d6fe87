package com.maiagentgateway.live;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Ends the open reply streams as soon as the server begins to stop, so that their clients resume on another node at
 * once. Open Liberty destroys this bean when its quiesce starts (WEB-INF/ejb-jar.xml, io.openliberty.ejb.destroyOnQuiesce);
 * otherwise the streams, which never finish by themselves, would hold the stop for the whole 30-second quiesce.
 * Elsewhere (WildFly) it is destroyed with the application, as {@link ReplyStreams} is.
 */
@Singleton
@Startup
public class StreamsEndWhenStopping {

    @Inject
    ReplyStreams replyStreams;

    @PreDestroy
    void endOpenStreams() {
        replyStreams.endAll();
    }
}
