package com.maiagentgateway.service;

import com.maiagentgateway.model.Reachability;
import com.maiagentgateway.upstream.MaiAgentTally;
import com.maiagentgateway.upstream.ReachabilityProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Whether MaiAgent answers with the gateway's key, for the console's banner and the readiness check; and, for the
 * banner, how MaiAgent answered the last call this node made, so that it does not say "reachable" while every list
 * fails.
 */
@ApplicationScoped
public class MaiAgentStatus {

    private static final java.time.Duration RECENT = java.time.Duration.ofMinutes(2);

    @Inject
    ReachabilityProbe probe;

    @Inject
    MaiAgentTally tally;

    @Inject
    java.time.Clock clock;

    /** At most a few seconds old: the probe keeps its answer briefly so that polls do not hammer MaiAgent. */
    public Reachability reachability() {
        return probe.check();
    }

    /** What went wrong with the last call to MaiAgent, when it failed within the last two minutes; null when it answered. */
    public String lastTrouble() {
        MaiAgentTally.LastAnswer last = tally.lastAnswer();
        return last == null || last.trouble() == null || last.at().isBefore(clock.instant().minus(RECENT)) ? null : last.trouble();
    }
}
