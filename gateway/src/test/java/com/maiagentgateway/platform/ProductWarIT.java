package com.maiagentgateway.platform;

import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.CallingTheGateway;
import com.maiagentgateway.it.DevUsers;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The product WAR holds no simulator: none of its classes, seed files or dependencies, and no path of it answers. */
class ProductWarIT extends CallingTheGateway {

    @Test
    void theWarHoldsNothingOfTheSimulator() throws IOException {
        try (ZipFile war = new ZipFile(new File(System.getProperty("war.file", "target/maiagent.war")))) {
            List<String> simulator = war.stream().map(java.util.zip.ZipEntry::getName)
                    .filter(name -> name.contains("/simulator/") || name.contains("fastexcel") || name.contains("Simulat"))
                    .toList();
            assertEquals(List.of(), simulator);
            assertTrue(war.getEntry("WEB-INF/classes/com/maiagentgateway/upstream/MaiAgentApi.class") != null, "the WAR is the product");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/simulator/api/v1/allowed-file-specs/", "/simulator/control/faults/", "/simulator/storage/upload"})
    void noSimulatorPathAnswersUnderTheGateway(String path) {
        assertEquals(404, send(request(gateway, path).header("Authorization", "Api-Key " + DevUsers.maiAgentApiKey())).statusCode());
    }
}
