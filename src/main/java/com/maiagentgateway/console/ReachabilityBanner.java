package com.maiagentgateway.console;

import com.maiagentgateway.upstream.Reachability;
import com.maiagentgateway.upstream.ReachabilityProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The "is MaiAgent there?" banner on every console page; asked once per request. */
@Named
@RequestScoped
public class ReachabilityBanner {

    @Inject
    ReachabilityProbe probe;

    private Reachability reachability;

    @PostConstruct
    void check() {
        reachability = probe.check();
    }

    public boolean isReachable() {
        return reachability.reachable();
    }

    public String getDetail() {
        return reachability.detail();
    }
}
