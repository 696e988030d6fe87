package com.maiagentgateway.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Usage counts in the shared database. Each node adds what it counted since its last flush, so every column
 * adds up across nodes: an UPDATE that adds, or the row's first INSERT (a race of two first inserts is
 * settled by the primary key and the loser adds again).
 */
@ApplicationScoped
public class UsageCounts {

    /** Who, which UTC day, which operation, which chatbot ("" when the call names none). */
    public record Key(String caller, LocalDate day, String operation, String chatbot) {
    }

    /** Counts of one key; timings are calls per bucket (upper bound in ms, see {@link #BUCKETS_MS}). */
    public record Totals(long calls, long completions, long streamed, long refused, long upstreamErrors, long uploadBytes,
                         Map<String, long[]> timings) {
    }

    /** Upper bounds of the timing buckets, in ms; the last catches everything slower. */
    public static final int[] BUCKETS_MS = {1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, Integer.MAX_VALUE};

    @Inject
    Writer writer;

    /** Adds each key's totals; a key that fails three times is left out and returned (the caller keeps it for the next flush). */
    public Map<Key, Totals> add(Map<Key, Totals> counted) {
        Map<Key, Totals> left = new LinkedHashMap<>();
        counted.forEach((key, totals) -> {
            for (int tries = 1; ; tries++) {
                try {
                    writer.add(key, totals);
                    return;
                } catch (PersistenceException | TransactionalException raced) {
                    if (tries == 3) {
                        left.put(key, totals);
                        return;
                    }
                }
            }
        });
        return left;
    }

    /** The stored rows for the days from..to (inclusive), optionally of one caller, with their timing histograms. */
    public List<Row> between(LocalDate from, LocalDate to, String caller) {
        return writer.between(from, to, caller);
    }

    /** One stored row. */
    public record Row(Key key, Totals totals) {
    }

    /** One key's write, in its own transaction. */
    @ApplicationScoped
    public static class Writer {

        @PersistenceContext(unitName = "gateway")
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void add(Key key, Totals t) {
            int updated = em.createNativeQuery("UPDATE client_usage SET calls = calls + ?1, completions = completions + ?2,"
                            + " streamed = streamed + ?3, refused = refused + ?4, upstream_errors = upstream_errors + ?5,"
                            + " upload_bytes = upload_bytes + ?6 WHERE caller = ?7 AND usage_day = ?8 AND operation = ?9 AND chatbot = ?10")
                    .setParameter(1, t.calls()).setParameter(2, t.completions()).setParameter(3, t.streamed())
                    .setParameter(4, t.refused()).setParameter(5, t.upstreamErrors()).setParameter(6, t.uploadBytes())
                    .setParameter(7, key.caller()).setParameter(8, java.sql.Date.valueOf(key.day()))
                    .setParameter(9, key.operation()).setParameter(10, key.chatbot()).executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("INSERT INTO client_usage (caller, usage_day, operation, chatbot, calls, completions, streamed,"
                                + " refused, upstream_errors, upload_bytes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                        .setParameter(1, key.caller()).setParameter(2, java.sql.Date.valueOf(key.day()))
                        .setParameter(3, key.operation()).setParameter(4, key.chatbot())
                        .setParameter(5, t.calls()).setParameter(6, t.completions()).setParameter(7, t.streamed())
                        .setParameter(8, t.refused()).setParameter(9, t.upstreamErrors()).setParameter(10, t.uploadBytes())
                        .executeUpdate();
            }
            for (Map.Entry<String, long[]> timing : t.timings().entrySet()) {
                long[] counts = timing.getValue();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        continue;
                    }
                    int added = em.createNativeQuery("UPDATE client_usage_timing SET calls = calls + ?1 WHERE caller = ?2 AND usage_day = ?3"
                                    + " AND operation = ?4 AND chatbot = ?5 AND measure = ?6 AND bucket_ms = ?7")
                            .setParameter(1, counts[i]).setParameter(2, key.caller()).setParameter(3, java.sql.Date.valueOf(key.day()))
                            .setParameter(4, key.operation()).setParameter(5, key.chatbot()).setParameter(6, timing.getKey())
                            .setParameter(7, BUCKETS_MS[i]).executeUpdate();
                    if (added == 0) {
                        em.createNativeQuery("INSERT INTO client_usage_timing (caller, usage_day, operation, chatbot, measure, bucket_ms, calls)"
                                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                                .setParameter(1, key.caller()).setParameter(2, java.sql.Date.valueOf(key.day()))
                                .setParameter(3, key.operation()).setParameter(4, key.chatbot()).setParameter(5, timing.getKey())
                                .setParameter(6, BUCKETS_MS[i]).setParameter(7, counts[i]).executeUpdate();
                    }
                }
            }
        }

        @Transactional(Transactional.TxType.SUPPORTS)
        public List<Row> between(LocalDate from, LocalDate to, String caller) {
            String where = " WHERE usage_day >= ?1 AND usage_day <= ?2" + (caller == null ? "" : " AND caller = ?3");
            var counts = em.createNativeQuery("SELECT caller, usage_day, operation, chatbot, calls, completions, streamed, refused,"
                    + " upstream_errors, upload_bytes FROM client_usage" + where + " ORDER BY usage_day, caller, operation, chatbot");
            var timings = em.createNativeQuery("SELECT caller, usage_day, operation, chatbot, measure, bucket_ms, calls FROM client_usage_timing" + where);
            for (var query : List.of(counts, timings)) {
                query.setParameter(1, java.sql.Date.valueOf(from)).setParameter(2, java.sql.Date.valueOf(to));
                if (caller != null) {
                    query.setParameter(3, caller);
                }
            }
            Map<Key, Map<String, long[]>> histograms = new LinkedHashMap<>();
            for (Object rowObject : timings.getResultList()) {
                Object[] r = (Object[]) rowObject;
                Key key = new Key((String) r[0], day(r[1]), (String) r[2], (String) r[3]);
                long[] buckets = histograms.computeIfAbsent(key, k -> new LinkedHashMap<>())
                        .computeIfAbsent((String) r[4], m -> new long[BUCKETS_MS.length]);
                int bound = ((Number) r[5]).intValue();
                for (int i = 0; i < BUCKETS_MS.length; i++) {
                    if (BUCKETS_MS[i] == bound) {
                        buckets[i] += ((Number) r[6]).longValue();
                    }
                }
            }
            List<Row> rows = new ArrayList<>();
            for (Object rowObject : counts.getResultList()) {
                Object[] r = (Object[]) rowObject;
                Key key = new Key((String) r[0], day(r[1]), (String) r[2], (String) r[3]);
                rows.add(new Row(key, new Totals(n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]), n(r[9]),
                        histograms.getOrDefault(key, Map.of()))));
            }
            return rows;
        }

        private static long n(Object value) {
            return ((Number) value).longValue();
        }

        static LocalDate day(Object value) {
            if (value instanceof LocalDate date) {
                return date;
            }
            if (value instanceof java.sql.Date date) {
                return date.toLocalDate();
            }
            return LocalDate.parse(value.toString().substring(0, 10));
        }
    }
}
