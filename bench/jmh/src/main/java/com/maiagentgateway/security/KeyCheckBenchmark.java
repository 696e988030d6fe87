package com.maiagentgateway.security;

import com.maiagentgateway.model.ApiOperation;
import com.maiagentgateway.store.ClientApplication;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What authenticating a key costs a call, in-process: the authentication mechanism's steps for a Bearer key (no key in the
 * query, the header's token, its shape) and the node's {@link ClientKeyDirectory#find} (one SHA-256, one map
 * lookup) over a directory of many keys; a wrong key beside the right one (it must cost the same).
 * The HTTP around it is measured by bench/run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KeyCheckBenchmark {

    /** Keys in the directory (two per application at most: 1,000 keys ≈ 500 applications). */
    @Param({"1000", "100000"})
    int keys;

    private ClientKeyDirectory directory;
    private String rightHeader;
    private String wrongHeader;

    @Setup
    public void fillTheDirectory() throws ReflectiveOperationException {
        Map<String, ClientIdentity> byHash = new HashMap<>();
        String presented = null;
        for (int i = 0; i < keys; i++) {
            ApiKeys.Issued key = ApiKeys.issue();
            byHash.put(key.hash(), new ClientIdentity(i, "application-" + i, ClientApplication.Status.ACTIVE,
                    Set.of(ApiOperation.READ), null, null, null, null, key.prefix(), false, java.time.Instant.now().plus(java.time.Duration.ofDays(90))));
            presented = key.key();
        }
        directory = new ClientKeyDirectory();
        // As refresh() leaves it after reading the shared table (which this benchmark has not got).
        set("byHash", Map.copyOf(byHash));
        set("loaded", true);
        rightHeader = "Bearer " + presented;
        wrongHeader = "Bearer " + ApiKeys.issue().key();
        if (check(rightHeader, null) == null || check(wrongHeader, null) != null) {
            throw new IllegalStateException("the directory must know the right key and not the wrong one");
        }
    }

    private void set(String field, Object value) throws ReflectiveOperationException {
        Field f = ClientKeyDirectory.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(directory, value);
    }

    @Benchmark
    public ClientIdentity rightKey() {
        return check(rightHeader, null);
    }

    @Benchmark
    public ClientIdentity wrongKey() {
        return check(wrongHeader, null);
    }

    /** The steps GatewayAuthenticationMechanism takes for a Bearer key before it names the caller. */
    private ClientIdentity check(String authorization, String queryString) {
        if (ApiKeys.looksLikeKey(queryString)) {
            throw new IllegalStateException("a key in the query");
        }
        String bearer = ApiKeys.bearerToken(authorization);
        if (bearer == null || !ApiKeys.looksLikeKey(bearer)) {
            throw new IllegalStateException("not a key");
        }
        return directory.find(bearer);
    }
}
