package com.maiagentgateway.console;

import com.maiagentgateway.model.Reachability;
import com.maiagentgateway.service.MaiAgentStatus;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The "is MaiAgent there?" banner on every console page, asked once per request: the probe's answer, and how MaiAgent
 * answered this node's last call (a probe that passes while lists fail reads "failing", not "reachable").
 */
@Named
@RequestScoped
public class ReachabilityBanner {

    @Inject
    MaiAgentStatus maiAgent;

    private Reachability reachability;
    private String trouble;

    @PostConstruct
    void check() {
        reachability = maiAgent.reachability();
        trouble = reachability.reachable() ? maiAgent.lastTrouble() : null;
    }

    public boolean isReachable() {
        return reachability.reachable();
    }

    /** ok, failing (the check answers but the last call failed) or down (the check fails). */
    public String getState() {
        return !reachability.reachable() ? "down" : trouble != null ? "failing" : "ok";
    }

    /** What the last call met, when it failed: busy, server-error, unreachable, unreadable or paused. */
    public String getTrouble() {
        return trouble;
    }

    public String getDetail() {
        return reachability.detail();
    }
}
