package com.maiagentgateway.simulator;

import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.maiagentgateway.it.DevUsers;
import com.maiagentgateway.it.GatewayWar;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** With maiagent.simulator.enabled=false (the WAR's own default), no simulator path answers, even with the right key. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SimulatorDisabledIT {

    @Deployment(testable = false)
    static WebArchive gatewayWithSimulatorOff() {
        return GatewayWar.withConfig("maiagent.simulator.enabled", "false");
    }

    @ArquillianResource
    URL gateway;

    @ParameterizedTest
    @ValueSource(strings = {"/simulator/api/allowed-file-specs/", "/simulator/api/v1/allowed-file-specs/",
            "/simulator/api/v1/", "/simulator/", "/simulator/storage/objects/media/seed/screenshot.png",
            "/simulator/storage/upload", "/simulator/control/faults/", "/simulator/control/webhook-deliveries/",
            "/simulator/api/v1/conversations/?inbox=00000000-0000-4000-8000-000000000000"})
    void everySimulatorPathIs404(String path) {
        HttpResponse<String> response = send(request(gateway, path)
                .header("Authorization", "Api-Key " + DevUsers.maiAgentApiKey()));

        assertEquals(404, response.statusCode(), response::body);
    }
}
