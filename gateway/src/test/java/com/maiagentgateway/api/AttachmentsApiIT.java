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

    /** A body cut off before its closing boundary is the caller's mistake, said as one: 400, and nothing is stored. */
    @Test
    void aBodyWithoutItsClosingBoundaryIsRefusedAsMalformed() {
        String boundary = "cut-off-" + java.util.UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cut.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] body = java.util.Arrays.copyOf(head, head.length + PDF.length);
        System.arraycopy(PDF, 0, body, head.length, PDF.length);
        HttpResponse<String> answer = send(api("/attachments").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

        JsonObject problem = assertProblem(answer, 400, "bad-request");
        assertTrue(problem.getString("detail").contains("not multipart/form-data to its end"), problem::toString);
        assertNotStored("cut.pdf");
    }

    /**
     * A body that stops coming is answered 408 once the server's read timeout passes (5 s on the test server,
     * src/test/liberty/test-server.xml; 60 s by default), not a 500, and nothing is stored.
     */
    @Test
    void aBodyThatStopsComingIsATimeoutNotAnError() throws Exception {
        String boundary = "stalled-" + java.util.UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"stalled.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String credentials = java.util.Base64.getEncoder().encodeToString((DevUsers.CLIENT.user() + ":" + DevUsers.CLIENT.password())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (java.net.Socket socket = new java.net.Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(60_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST " + gateway.getPath() + "api/v1/attachments HTTP/1.1\r\nHost: " + gateway.getHost() + ":" + gateway.getPort()
                    + "\r\nAuthorization: Basic " + credentials + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                    + "\r\nContent-Length: " + (head.length + PDF.length + 100) + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(head);
            out.write(PDF, 0, PDF.length / 2);
            out.flush();
            // ...and nothing more: the answer comes when the server stops waiting.
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.contains("urn:maiagent-gateway:problem:request-timeout"), answer);
        }
        assertNotStored("stalled.pdf");
    }

    /** The file itself as the body (application/octet-stream, named by Content-Disposition): one pass, the same checks. */
    private HttpResponse<String> sendAsItself(String path, String disposition, byte[] content) {
        return send(api(path).header("Content-Type", "application/octet-stream").header("Content-Disposition", disposition)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    @Test
    void aFileSentAsTheBodyGoesToMaiAgentUnchanged() throws Exception {
        String conversation = newConversation();
        HttpResponse<String> uploaded = sendAsItself("/conversations/" + conversation + "/attachments",
                "attachment; filename*=UTF-8''%E8%AB%8B%E6%B1%82%E6%9B%B8.pdf", PDF);

        assertEquals(201, uploaded.statusCode(), uploaded::body);
        JsonObject attachment = json(uploaded);
        assertEquals("請求書.pdf", attachment.getString("filename"));
        HttpResponse<byte[]> stored = Http.sendForBytes(Http.request(URI.create(attachment.getString("file"))));
        assertArrayEquals(PDF, stored.body(), "the bytes reached MaiAgent's storage unchanged");
        assertEquals("image", json(sendAsItself("/attachments", "attachment; filename=\"photo.png\"", PNG)).getString("type"));
    }

    @Test
    void aFileSentAsTheBodyIsCheckedAsAPartIs() {
        byte[] big = new byte[5 * 1024 * 1024 + 10];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        assertProblem(sendAsItself("/attachments", "attachment; filename=\"huge.png\"", big), 413, "file-too-large");
        JsonObject mismatch = assertProblem(sendAsItself("/attachments", "attachment; filename=\"invoice.pdf\"", PNG), 415, "file-type-not-allowed");
        assertTrue(mismatch.getString("detail").contains("image/png"), mismatch::toString);
        assertProblem(sendAsItself("/attachments", "attachment; filename=\"tool.exe\"", PDF), 415, "file-type-not-allowed");
        assertProblem(sendAsItself("/attachments", "attachment; filename=\"empty.pdf\"", new byte[0]), 400, "no-file");
        JsonObject unnamed = assertProblem(send(api("/attachments").header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(PDF))), 400, "no-file");
        assertTrue(unnamed.getString("detail").contains("Content-Disposition"), unnamed::toString);
        assertNotStored("huge.png");
        assertNotStored("invoice.pdf");
    }

    /** A body that stops before its declared length: 408 once the read times out, nothing stored, MaiAgent not blamed. */
    @Test
    void aFileSentAsTheBodyThatStopsComingIsATimeout() throws Exception {
        String credentials = java.util.Base64.getEncoder().encodeToString((DevUsers.CLIENT.user() + ":" + DevUsers.CLIENT.password())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (java.net.Socket socket = new java.net.Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(60_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST " + gateway.getPath() + "api/v1/attachments HTTP/1.1\r\nHost: " + gateway.getHost() + ":" + gateway.getPort()
                    + "\r\nAuthorization: Basic " + credentials + "\r\nContent-Type: application/octet-stream"
                    + "\r\nContent-Disposition: attachment; filename=\"stalled-body.pdf\""
                    + "\r\nContent-Length: " + (PDF.length + 100_000) + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(PDF);
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.contains("of " + (PDF.length + 100_000) + " bytes"), answer);
        }
        assertNotStored("stalled-body.pdf");
    }

    /** No upload of that name went through: the audit trail, where every upload leaves its line, has no success for it. */
    private void assertNotStored(String filename) {
        JsonObject trail = json(send(as(request(gateway, "/api/v1/audit?action=attachment.upload&pageSize=50"), DevUsers.ADMIN)));
        assertTrue(trail.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .noneMatch(e -> String.valueOf(e.get("target")).contains(filename) && "SUCCESS".equals(e.getString("outcome"))), trail::toString);
    }
}
