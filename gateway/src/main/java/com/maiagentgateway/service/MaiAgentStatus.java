package com.maiagentgateway.service;

import com.maiagentgateway.model.Reachability;
import com.maiagentgateway.upstream.ReachabilityProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Whether MaiAgent answers with the gateway's key, for the console's banner and the readiness check. */
@ApplicationScoped
public class MaiAgentStatus {

    @Inject
    ReachabilityProbe probe;

    /** At most a few seconds old: the probe keeps its answer briefly so that polls do not hammer MaiAgent. */
    public Reachability reachability() {
        return probe.check();
    }
}
