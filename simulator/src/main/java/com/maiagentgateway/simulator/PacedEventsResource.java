package com.maiagentgateway.simulator;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

/**
 * Not part of MaiAgent: a completion-shaped event stream paced like the real one, each delta's content the instant it was
 * written ({@code "t<epoch µs> "}), sent from a timer through JAX-RS's event sink, no thread held between events. It is
 * the benchmark's floor for a relayed stream: what an asynchronous JAX-RS event stream costs on this server, with no
 * login and no call out (bench/run, section 2). Same Api-Key as the rest of the simulator.
 */
@ApplicationScoped
@Path("control/paced-events/")
public class PacedEventsResource {

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService timer;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void stream(@QueryParam("events") @DefaultValue("60") int events,
                       @QueryParam("intervalMillis") @DefaultValue("250") long intervalMillis,
                       String ignoredBody, @Context SseEventSink sink, @Context Sse sse) {
        if (events < 1 || events > 10_000 || intervalMillis < 0 || intervalMillis > 60_000) {
            throw new BadRequestException("events is 1 to 10000 and intervalMillis 0 to 60000");
        }
        send(0, events, intervalMillis, System.nanoTime(), sink, sse);
    }

    /** Event {@code i} once it is due, then the next; the last says done. A caller gone ends it. */
    private void send(int i, int events, long intervalMillis, long start, SseEventSink sink, Sse sse) {
        if (sink.isClosed()) {
            return;
        }
        if (i == events) {
            sink.send(sse.newEvent("{\"content\":\"\",\"done\":true}")).whenComplete((sent, failed) -> sink.close());
            return;
        }
        String written = "t" + ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()) + " ";
        sink.send(sse.newEvent("{\"content\":\"" + written + "\",\"done\":false}")).whenComplete((sent, failed) -> {
            if (failed != null) {
                sink.close();
                return;
            }
            long due = start + (i + 1) * TimeUnit.MILLISECONDS.toNanos(intervalMillis);
            timer.schedule(() -> send(i + 1, events, intervalMillis, start, sink, sse), Math.max(0, due - System.nanoTime()),
                    TimeUnit.NANOSECONDS);
        });
    }
}
