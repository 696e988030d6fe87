package com.maiagentgateway.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulatedEndpointsTest {

    @ParameterizedTest
    @CsvSource({
            "/api/v1/chatbots/x/completions/, completions",
            "/api/chatbots/x/completions, completions",
            "/api/v1/chatbots/x/records/, records",
            "/api/v1/chatbots/x/records/export-excel/, export-excel",
            "/api/v1/conversations/, conversations",
            "/api/v1/conversations/abc/, conversations",
            "/api/v1/conversations/abc/attachments/, attachments",
            "/api/v1/messages/abc/, messages",
            "/api/v1/attachments/, attachments",
            "/api/v1/attachments-upload/, attachments-upload",
            "/api/v1/upload-presigned-url/, upload-presigned-url",
            "/api/allowed-file-specs/, allowed-file-specs",
            "/storage/upload, storage"})
    void namesTheEndpoint(String path, String endpoint) {
        assertEquals(endpoint, SimulatedEndpoints.of(path));
    }

    @ParameterizedTest
    @CsvSource({"/control/faults/", "/maiagent/api/v1/me", "/api/v1/unknown/"})
    void controlAndOtherPathsAreNoEndpoint(String path) {
        assertNull(SimulatedEndpoints.of(path));
    }
}
