package com.maiagentgateway.platform;

import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.root;
import static com.maiagentgateway.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.GatewayWar;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A gateway whose MaiAgent key is wrong is not ready, and says why (without the key). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadinessWithWrongKeyIT {

    static final String WRONG_KEY = "not-the-simulator-key-4711";

    @Deployment(testable = false)
    static WebArchive gatewayWithWrongKey() {
        return GatewayWar.withConfig("wrong-key", "maiagent.api-key", WRONG_KEY);
    }

    @ArquillianResource
    URL gateway;

    @Test
    void notReadyAndSaysTheKeyIsRefused() {
        HttpResponse<String> response = send(request(root(gateway).resolve("health/ready")));

        assertEquals(503, response.statusCode());
        // Readiness is the server's: the test server's own gateway (the right key) reports beside this one.
        JsonObject maiagent = json(response).getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals("maiagent") && c.getString("status").equals("DOWN")).findFirst().orElseThrow();
        assertEquals("DOWN", maiagent.getString("status"));
        assertTrue(maiagent.getJsonObject("data").getString("detail").contains("refuses the API key"), maiagent::toString);
        assertTrue(!response.body().contains(WRONG_KEY), "the key is not shown");
    }
}
