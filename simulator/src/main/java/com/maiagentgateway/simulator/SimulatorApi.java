package com.maiagentgateway.simulator;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The MaiAgent simulator, at {@code /maiagent-simulator/api/...} and {@code /maiagent-simulator/api/v1/...}
 * (its WAR's name is its context root), with its test switches under {@code control/}.
 */
@ApplicationPath("/")
public class SimulatorApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(SimulatorGate.class, AllowedFileSpecsEndpoint.class, CompletionsEndpoint.class,
                ConversationsEndpoint.class, MessagesEndpoint.class, RecordsEndpoint.class, AttachmentsEndpoint.class,
                ConversationAttachmentsEndpoint.class, SimulatorControlResource.class, PacedEventsResource.class);
    }
}
