package com.maiagentgateway.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Function;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.junit.jupiter.api.Test;

import com.maiagentgateway.model.CompletionRequest;

/**
 * Liberty's asynchronous bulkhead takes a waiting place for every start, even under the bound, until an executor
 * thread picks it up: a waiting queue smaller than the bound refuses a burst of starts while the threads are busy
 * (a bench run saw 22 of 200 refused with 50 places). The rule is held here; {@code CompletionsApiIT} shows the bound.
 */
class StreamBulkheadTest {

    @Test
    void asManyStartsMayWaitAsMayStream() throws Exception {
        Bulkhead bulkhead = MaiAgentCompletions.class.getMethod("stream", String.class, CompletionRequest.class,
                Function.class, String.class).getAnnotation(Bulkhead.class);

        assertEquals(1000, bulkhead.value(), "streams open at once on one node (README, Fault tolerance)");
        assertEquals(bulkhead.value(), bulkhead.waitingTaskQueue(), "waiting places for a burst of starts under the bound");
    }
}
