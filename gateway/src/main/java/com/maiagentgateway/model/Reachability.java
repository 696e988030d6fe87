package com.maiagentgateway.model;

import java.time.Instant;

/** Whether MaiAgent answered when last asked, and what was seen. */
public record Reachability(boolean reachable, String detail, Instant checkedAt) {
}
