package com.maiagentgateway.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulatedEndpointsTest {

    @ParameterizedTest
    @CsvSource({
            "/simulator/api/v1/chatbots/x/completions/, completions",
            "/simulator/api/chatbots/x/completions, completions",
            "/simulator/api/v1/chatbots/x/records/, records",
            "/simulator/api/v1/chatbots/x/records/export-excel/, export-excel",
            "/simulator/api/v1/conversations/, conversations",
            "/simulator/api/v1/conversations/abc/, conversations",
            "/simulator/api/v1/conversations/abc/attachments/, attachments",
            "/simulator/api/v1/messages/abc/, messages",
            "/simulator/api/v1/attachments/, attachments",
            "/simulator/api/v1/attachments-upload/, attachments-upload",
            "/simulator/api/v1/upload-presigned-url/, upload-presigned-url",
            "/simulator/api/allowed-file-specs/, allowed-file-specs",
            "/simulator/storage/upload, storage"})
    void namesTheEndpoint(String path, String endpoint) {
        assertEquals(endpoint, SimulatedEndpoints.of(path));
    }

    @ParameterizedTest
    @CsvSource({"/simulator/control/faults/", "/api/v1/me", "/simulator/api/v1/unknown/"})
    void controlAndOtherPathsAreNoEndpoint(String path) {
        assertNull(SimulatedEndpoints.of(path));
    }
}
