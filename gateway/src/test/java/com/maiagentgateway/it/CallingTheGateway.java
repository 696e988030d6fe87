package com.maiagentgateway.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test that calls the gateway over HTTP from outside the server, with the WAR
 * deployed exactly as built (and the simulator beside it). A test that needs other settings
 * declares its own deployment instead.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class CallingTheGateway {

    @Deployment(testable = false)
    static WebArchive gatewayAsBuilt() {
        return GatewayWar.asBuilt();
    }

    /** Where the gateway answers: {@code http://127.0.0.1:<port>/maiagent/}. */
    @ArquillianResource
    protected URL gateway;
}
