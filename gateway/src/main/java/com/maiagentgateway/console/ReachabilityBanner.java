package com.maiagentgateway.console;

import com.maiagentgateway.model.Reachability;
import com.maiagentgateway.service.MaiAgentStatus;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The "is MaiAgent there?" banner on every console page; asked once per request. */
@Named
@RequestScoped
public class ReachabilityBanner {

    @Inject
    MaiAgentStatus maiAgent;

    private Reachability reachability;

    @PostConstruct
    void check() {
        reachability = maiAgent.reachability();
    }

    public boolean isReachable() {
        return reachability.reachable();
    }

    public String getDetail() {
        return reachability.detail();
    }
}
