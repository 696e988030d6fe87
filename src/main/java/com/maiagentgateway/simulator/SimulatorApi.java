package com.maiagentgateway.simulator;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The MaiAgent simulator, at {@code /maiagent/simulator/api/...} and {@code /maiagent/simulator/api/v1/...}.
 * Its classes are listed here, not discovered: otherwise they would also be mounted under the
 * gateway's own API, where MaiAgent's paths would collide with the gateway's.
 */
@ApplicationPath("/simulator")
public class SimulatorApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(SimulatorGate.class, AllowedFileSpecsResource.class, CompletionsResource.class,
                ConversationsResource.class, MessagesResource.class, RecordsResource.class, AttachmentsResource.class,
                ConversationAttachmentsResource.class,
                SimulatorControlResource.class);
    }
}
