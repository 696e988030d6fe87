package com.maiagentgateway.api;

import static com.maiagentgateway.it.Http.as;
import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.maiagentgateway.it.DevUsers;
import com.maiagentgateway.it.GatewayWar;
import com.maiagentgateway.it.SimulatorClient;
import com.maiagentgateway.it.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A gateway that stops stores the usage it counted since its last flush: nothing a caller did is lost to a graceful stop
 * (a rolling deployment stops every node in turn).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UsageAtStopIT {

    private static final String STOPPING = "stopping";

    /** Flushes only when asked or stopping: a call's count can reach the database in no other way here. */
    @Deployment(name = STOPPING, managed = false, testable = false)
    static WebArchive gatewayThatFlushesHourly() {
        return GatewayWar.withConfig("usage-at-stop", "maiagent.usage.flush-seconds", "3600");
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void callsCountedJustBeforeTheApplicationStopsAreStored() throws Exception {
        URL main = TestServer.gateway();
        String name = "usage-at-stop-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = send(as(request(main, "/api/v1/admin/applications"), DevUsers.ADMIN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name
                        + "\",\"owner\":\"Usage test\",\"contact\":\"ops@example.com\",\"operations\":[\"read\"]}")));
        assertEquals(201, created.statusCode(), created::body);
        String id = json(created).getJsonObject("application").getString("id");
        String key = json(created).getJsonObject("key").getString("key");

        deployer.deploy(STOPPING);
        URL stopping = URI.create(main.toExternalForm().replace("/maiagent/", "/maiagent-usage-at-stop/")).toURL();
        try {
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> listed = send(request(stopping, "/api/v1/conversations?inbox=" + SimulatorClient.WEB_INBOX + "&pageSize=1")
                        .header("Authorization", "Bearer " + key));
                assertEquals(200, listed.statusCode(), listed::body);
            }
        } finally {
            deployer.undeploy(STOPPING);
        }

        HttpResponse<String> usage = send(as(request(main, "/api/v1/admin/applications/" + id + "/usage"), DevUsers.ADMIN));
        assertEquals(200, usage.statusCode(), usage::body);
        JsonObject line = Json.createReader(new StringReader(usage.body())).readArray().stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("operation").equals("read")).findFirst().orElse(null);
        assertNotNull(line, "the stopped gateway's calls are in the shared usage: " + usage.body());
        assertEquals(3, line.getInt("calls"), line::toString);
    }
}
