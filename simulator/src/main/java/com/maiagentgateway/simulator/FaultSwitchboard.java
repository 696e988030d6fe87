package com.maiagentgateway.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/** Faults armed per endpoint by the admin call, each for a number of answers (or until cleared). */
@ApplicationScoped
public class FaultSwitchboard {

    /** An armed fault; {@code remaining} below 0 means until cleared. */
    record Armed(String spec, FaultPlan plan, int remaining) {
    }

    private final Map<String, Armed> armed = new LinkedHashMap<>();

    synchronized void arm(String endpoint, String spec, int times) {
        armed.put(endpoint, new Armed(spec, FaultPlan.parse(spec), times <= 0 ? -1 : times));
    }

    synchronized void clear(String endpoint) {
        armed.remove(endpoint);
    }

    synchronized void clearAll() {
        armed.clear();
    }

    synchronized Map<String, Armed> armed() {
        return Map.copyOf(armed);
    }

    /** The fault for the next answer of this endpoint, counting it off. */
    synchronized FaultPlan take(String endpoint) {
        Armed fault = armed.get(endpoint);
        if (fault == null) {
            return null;
        }
        if (fault.remaining() == 1) {
            armed.remove(endpoint);
        } else if (fault.remaining() > 1) {
            armed.put(endpoint, new Armed(fault.spec(), fault.plan(), fault.remaining() - 1));
        }
        return fault.plan();
    }
}
