package com.maiagentgateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.store.UsageCounts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Percentiles read from usage histograms, and the RateLimit fields of the IETF httpapi draft. */
class UsageAndQuotaFieldsTest {

    private static long[] histogram(int... callsPerBucket) {
        long[] buckets = new long[UsageCounts.BUCKETS_MS.length];
        for (int i = 0; i < callsPerBucket.length; i++) {
            buckets[i] = callsPerBucket[i];
        }
        return buckets;
    }

    @Test
    void aPercentileIsTheUpperBoundOfTheBucketItFallsIn() {
        // 10 calls: 5 within 1 ms, 4 within 2 ms, 1 within 5 ms.
        long[] buckets = histogram(5, 4, 1);

        assertEquals(1, UsageReports.percentile(buckets, 0.50));
        assertEquals(2, UsageReports.percentile(buckets, 0.90));
        assertEquals(5, UsageReports.percentile(buckets, 0.95));
        assertNull(UsageReports.percentile(null, 0.5));
        assertNull(UsageReports.percentile(histogram(), 0.5));
    }

    @Test
    void theRateLimitFieldsListEveryQuotaTheCallTouched() {
        Quotas.Standing standing = new Quotas.Standing(List.of(
                new Quotas.Item(Quotas.PER_MINUTE, 60, 60, 59, 42, false),
                new Quotas.Item(Quotas.COMPLETIONS_PER_DAY, 1000, 86_400, 0, 3600, true)));

        assertEquals("\"requests-per-minute\";q=60;w=60, \"completions-per-day\";q=1000;w=86400", standing.policyField());
        assertEquals("\"requests-per-minute\";r=59;t=42, \"completions-per-day\";r=0;t=3600", standing.rateLimitField());
        assertTrue(standing.refused());
        assertEquals(3600, standing.retryAfterSeconds());
        assertEquals("completions-per-day", standing.exhaustedPolicies());
    }

    @Test
    void withoutQuotasThereAreNoFields() {
        Quotas.Standing none = new Quotas.Standing(List.of());

        assertFalse(none.refused());
        assertNull(none.policyField());
        assertNull(none.rateLimitField());
    }
}
