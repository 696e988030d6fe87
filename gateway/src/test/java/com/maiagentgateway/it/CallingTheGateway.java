package com.maiagentgateway.it;

import java.net.URL;

/**
 * An integration test that calls the gateway over HTTP from outside the server, as another application would: the
 * WAR exactly as built, which the build deployed on the test server (beside the simulator) before any test ran
 * and which stays up for all of them. A test that needs other settings deploys a second one with Arquillian
 * ({@link GatewayWar}).
 */
public abstract class CallingTheGateway {

    /** Where the gateway answers: {@code http://127.0.0.1:<port>/maiagent/}. */
    protected final URL gateway = TestServer.gateway();
}
