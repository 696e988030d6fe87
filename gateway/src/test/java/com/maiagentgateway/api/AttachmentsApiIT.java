package com.maiagentgateway.api;

import static com.maiagentgateway.it.Http.as;
import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.send;
import static com.maiagentgateway.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.CallingTheGateway;
import com.maiagentgateway.it.DevUsers;
import com.maiagentgateway.it.Http;
import com.maiagentgateway.it.Multipart;
import com.maiagentgateway.it.SimulatorClient;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Uploading attachments through the gateway: allowed ones go through the presigned flow, others are refused. */
class AttachmentsApiIT extends CallingTheGateway {

    static final byte[] PDF = readSeed("seed-invoice.pdf");
    static final byte[] PNG = readSeed("seed-screenshot.png");

    static byte[] readSeed(String name) {
        try (InputStream in = AttachmentsApiIT.class.getResourceAsStream("/com/maiagentgateway/simulator/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder api(String path) {
        return as(request(gateway, "/api/v1" + path), DevUsers.CLIENT);
    }

    private String newConversation() {
        return json(send(api("/conversations").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"webChat\":\"" + SimulatorClient.WEB_CHAT + "\"}")))).getString("id");
    }

    @Test
    void anAllowedFileGoesToMaiAgentAndIsListed() throws Exception {
        String conversation = newConversation();
        HttpResponse<String> uploaded = send(new Multipart().file("file", "請求書 2026.pdf", "application/octet-stream", PDF)
                .post(api("/conversations/" + conversation + "/attachments")));

        assertEquals(201, uploaded.statusCode(), uploaded::body);
        JsonObject attachment = json(uploaded);
        assertEquals("請求書 2026.pdf", attachment.getString("filename"));
        assertEquals("other", attachment.getString("type"));
        HttpResponse<byte[]> stored = Http.sendForBytes(Http.request(URI.create(attachment.getString("file"))));
        assertArrayEquals(PDF, stored.body(), "the bytes reached MaiAgent's storage unchanged");

        JsonObject listed = json(send(api("/conversations/" + conversation + "/attachments")));
        assertTrue(listed.getJsonArray("items").stream().anyMatch(a -> a.asJsonObject().getString("id").equals(attachment.getString("id"))));

        JsonObject audit = json(send(as(request(gateway, "/api/v1/audit?pageSize=1&action=attachment.upload"), DevUsers.ADMIN)))
                .getJsonArray("items").getJsonObject(0);
        assertEquals("SUCCESS", audit.getString("outcome"));
    }

    @Test
    void anImageForCompletionsIsTypedAsAnImage() {
        HttpResponse<String> uploaded = send(new Multipart().file("file", "photo.png", "image/png", PNG).post(api("/attachments")));
        assertEquals(201, uploaded.statusCode(), uploaded::body);
        assertEquals("image", json(uploaded).getString("type"));
    }

    @Test
    void aTypeMaiAgentDoesNotTakeIsRefused() {
        JsonObject problem = assertProblem(send(new Multipart().file("file", "tool.exe", "application/octet-stream", "MZ\u0090".getBytes(StandardCharsets.ISO_8859_1))
                .post(api("/attachments"))), 415, "file-type-not-allowed");
        assertTrue(problem.getString("detail").contains(".pdf"), "says what is allowed: " + problem);
    }

    @Test
    void contentThatIsNotWhatTheNameSaysIsRefused() {
        JsonObject problem = assertProblem(send(new Multipart().file("file", "invoice.pdf", "application/pdf", PNG)
                .post(api("/attachments"))), 415, "file-type-not-allowed");
        assertTrue(problem.getString("detail").contains("image/png"), problem::toString);
    }

    @Test
    void aFileOverItsTypesLimitIsRefused() {
        byte[] big = new byte[5 * 1024 * 1024 + 10];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        assertProblem(send(new Multipart().file("file", "huge.png", "image/png", big).post(api("/attachments"))), 413, "file-too-large");
    }

    @Test
    void noFilePart() {
        assertProblem(send(new Multipart().field("note", "no file here").post(api("/attachments"))), 400, "no-file");
        assertProblem(send(api("/attachments").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))), 415, "unsupported-media-type");
    }

    /** A file name that could not be shown or stored as given is refused, saying why (once a 500, or a 413 about size). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"in\u0000voice.pdf", "report\u202Efdp.exe", "LONG"})
    void aFileNameThatCannotBeKeptAsGivenIsRefused(String name) {
        String filename = name.equals("LONG") ? "x".repeat(5000) + ".pdf" : name;
        JsonObject problem = assertProblem(send(new Multipart().file("file", filename, "application/pdf", PDF).post(api("/attachments"))),
                400, "invalid-input");
        assertTrue(problem.getString("detail").toLowerCase().contains("name"), problem::toString);
    }

    @Test
    void anEmptyFileIsRefused() {
        JsonObject problem = assertProblem(send(new Multipart().file("file", "empty.pdf", "application/pdf", new byte[0]).post(api("/attachments"))),
                400, "no-file");
        assertTrue(problem.getString("detail").contains("empty"), problem::toString);
    }
}
