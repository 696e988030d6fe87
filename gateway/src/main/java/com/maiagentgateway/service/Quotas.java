package com.maiagentgateway.service;

import com.maiagentgateway.platform.Traces;
import com.maiagentgateway.security.ClientIdentity;
import com.maiagentgateway.model.ApiOperation;
import com.maiagentgateway.model.ClientApplicationDetails;
import com.maiagentgateway.store.QuotaCounters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An application's quotas, taken from in the shared database before a call runs: requests per minute (every
 * call), completions per UTC day (a streamed one counts when it starts), upload bytes per UTC day (an upload
 * is let in while the day's bytes are under the limit and counted as it is read). Where the caller stands is
 * told in the {@code RateLimit-Policy} and {@code RateLimit} fields of the IETF httpapi draft, e.g.
 * {@code RateLimit-Policy: "requests-per-minute";q=60;w=60} and {@code RateLimit: "requests-per-minute";r=59;t=42}.
 */
@ApplicationScoped
public class Quotas {

    public static final String PER_MINUTE = "requests-per-minute";
    public static final String COMPLETIONS_PER_DAY = "completions-per-day";
    public static final String UPLOAD_BYTES_PER_DAY = "upload-bytes-per-day";
    private static final long DAY = 86_400;

    @Inject
    QuotaCounters counters;

    @Inject
    Clock clock;

    @Inject
    AlertWatch alerts;

    /** One quota's state after the call's take: its limit, window, what remains and when the window ends. */
    public record Item(String policy, long quota, long windowSeconds, long remaining, long resetSeconds, boolean exhausted) {
    }

    /** Where a call stands: refused when any quota it takes from is exhausted. */
    public record Standing(List<Item> items) {

        public boolean refused() {
            return items.stream().anyMatch(Item::exhausted);
        }

        /** Seconds until the first exhausted quota's window ends. */
        public long retryAfterSeconds() {
            return items.stream().filter(Item::exhausted).mapToLong(Item::resetSeconds).max().orElse(0);
        }

        public String exhaustedPolicies() {
            return items.stream().filter(Item::exhausted).map(Item::policy).collect(Collectors.joining(", "));
        }

        /** {@code RateLimit-Policy}, or null when the application has no quota this call touches. */
        public String policyField() {
            return items.isEmpty() ? null : items.stream()
                    .map(i -> "\"" + i.policy() + "\";q=" + i.quota() + ";w=" + i.windowSeconds()).collect(Collectors.joining(", "));
        }

        /** {@code RateLimit}, or null likewise. */
        public String rateLimitField() {
            return items.isEmpty() ? null : items.stream()
                    .map(i -> "\"" + i.policy() + "\";r=" + i.remaining() + ";t=" + i.resetSeconds()).collect(Collectors.joining(", "));
        }
    }

    /** Takes this call from the application's quotas (the ones its operation touches). */
    public Standing take(ClientIdentity application, ApiOperation operation) {
        try (Traces.TraceSpan span = Traces.start("take quota", false)) {
            span.attribute("maiagent.application", application.applicationId()).attribute("maiagent.operation", operation.name());
            Standing standing = takeFrom(application, operation);
            long now = clock.instant().getEpochSecond();
            for (Item item : standing.items()) {
                alerts.quotaTaken(application.name(), application.applicationId(), item.policy(), now - now % item.windowSeconds(),
                        item.windowSeconds(), item.quota(), item.quota() - item.remaining());
            }
            span.attribute("maiagent.quota.refused", standing.items().stream().filter(Item::exhausted).map(Item::policy)
                    .collect(Collectors.joining(",")));
            return standing;
        }
    }

    private Standing takeFrom(ClientIdentity application, ApiOperation operation) {
        long now = clock.instant().getEpochSecond();
        List<Item> items = new ArrayList<>();
        if (application.requestsPerMinute() != null) {
            items.add(take(application, PER_MINUTE, 60, now, 1, application.requestsPerMinute()));
        }
        boolean refusedAlready = items.stream().anyMatch(Item::exhausted);
        // A call the minute refuses takes nothing from the day's completions.
        if (!refusedAlready && operation == ApiOperation.COMPLETIONS && application.completionsPerDay() != null) {
            items.add(take(application, COMPLETIONS_PER_DAY, DAY, now, 1, application.completionsPerDay()));
        }
        if (operation == ApiOperation.UPLOADS && application.uploadBytesPerDay() != null) {
            long window = now - now % DAY;
            long used = counters.used(application.applicationId(), UPLOAD_BYTES_PER_DAY, window);
            long limit = application.uploadBytesPerDay();
            items.add(new Item(UPLOAD_BYTES_PER_DAY, limit, DAY, Math.max(0, limit - used), window + DAY - now, used >= limit));
        }
        return new Standing(items);
    }

    /** One quota of an application as it stands now: how much of it the current window has used. */
    public record Use(String policy, long quota, long used) {
    }

    /** Where an application stands against each of its quotas now, taking nothing (the console's Usage page). */
    public List<Use> useNow(ClientApplicationDetails application) {
        long now = clock.instant().getEpochSecond();
        List<Use> uses = new ArrayList<>();
        if (application.requestsPerMinute() != null) {
            uses.add(new Use(PER_MINUTE, application.requestsPerMinute(), counters.used(application.id(), PER_MINUTE, now - now % 60)));
        }
        if (application.completionsPerDay() != null) {
            uses.add(new Use(COMPLETIONS_PER_DAY, application.completionsPerDay(),
                    counters.used(application.id(), COMPLETIONS_PER_DAY, now - now % DAY)));
        }
        if (application.uploadBytesPerDay() != null) {
            uses.add(new Use(UPLOAD_BYTES_PER_DAY, application.uploadBytesPerDay(),
                    counters.used(application.id(), UPLOAD_BYTES_PER_DAY, now - now % DAY)));
        }
        return uses;
    }

    /** Counts an upload's bytes once read (they can pass the limit once; the next upload is then refused). */
    public void addUploadBytes(ClientIdentity application, long bytes) {
        if (application.uploadBytesPerDay() != null && bytes > 0) {
            long now = clock.instant().getEpochSecond();
            long used = counters.add(application.applicationId(), UPLOAD_BYTES_PER_DAY, now - now % DAY, bytes);
            alerts.quotaTaken(application.name(), application.applicationId(), UPLOAD_BYTES_PER_DAY, now - now % DAY, DAY,
                    application.uploadBytesPerDay(), used);
        }
    }

    private Item take(ClientIdentity application, String policy, long windowSeconds, long now, long amount, long limit) {
        long window = now - now % windowSeconds;
        QuotaCounters.Taken taken = counters.take(application.applicationId(), policy, window, amount, limit);
        return new Item(policy, limit, windowSeconds, Math.max(0, limit - taken.used()), window + windowSeconds - now, !taken.granted());
    }
}
