package com.maiagentgateway.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;

/**
 * Test only: the gateway's own exception mappers, mounted beside a resource that can fail in the
 * ways the real operations will (bad JSON, wrong media type, invalid fields, a crash).
 */
@ApplicationPath("/problem-probe")
public class ProblemProbeApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(GatewayApi.PROVIDERS);
        classes.add(ProblemProbeResource.class);
        return classes;
    }
}
