package com.maiagentgateway.simulator;

import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.CallingTheGateway;
import com.maiagentgateway.it.Http;
import com.maiagentgateway.it.Multipart;
import com.maiagentgateway.it.SimulatorClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The upload flow MaiAgent's example code uses: presigned URL, S3-style POST, register; and the direct uploads. */
class SimulatorAttachmentsIT extends CallingTheGateway {

    static final byte[] PDF = "%PDF-1.4\n% a small test document 日本語\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    SimulatorClient simulator;

    @BeforeEach
    void client() {
        simulator = new SimulatorClient(gateway);
    }

    private JsonObject presign(String filename, long size) {
        return simulator.postJson("/upload-presigned-url/", "{\"filename\":\"" + filename
                + "\",\"modelName\":\"attachment\",\"fieldName\":\"file\",\"fileSize\":" + size + "}", 200);
    }

    private static Multipart fieldsOf(JsonObject presigned) {
        Multipart form = new Multipart();
        for (Map.Entry<String, jakarta.json.JsonValue> field : presigned.getJsonObject("fields").entrySet()) {
            form.field(field.getKey(), ((jakarta.json.JsonString) field.getValue()).getString());
        }
        return form;
    }

    private static HttpResponse<String> upload(JsonObject presigned, Multipart form) {
        return send(form.post(Http.request(URI.create(presigned.getString("url")))));
    }

    @Test
    void presignedUploadThenRegisterInAConversationThenDownload() {
        JsonObject presigned = presign("報告.pdf", PDF.length);
        assertTrue(presigned.getString("url").endsWith("/maiagent-simulator/storage/upload"));
        assertEquals("key", presigned.getJsonObject("fields").keySet().iterator().next());

        HttpResponse<String> stored = upload(presigned, fieldsOf(presigned).file("file", "報告.pdf", "application/pdf", PDF));
        assertEquals(204, stored.statusCode(), stored::body);
        assertEquals("", stored.body());

        String conversation = simulator.postJson("/conversations/", "{\"webChat\":\"" + SimulatorClient.WEB_CHAT + "\"}", 201).getString("id");
        String key = presigned.getJsonObject("fields").getString("key");
        JsonObject attachment = simulator.postJson("/conversations/" + conversation + "/attachments/",
                "{\"file\":\"" + key + "\",\"filename\":\"報告.pdf\",\"type\":\"other\"}", 201);
        assertEquals(conversation, attachment.getString("conversation"));
        assertEquals("other", attachment.getString("type"));
        HttpResponse<byte[]> download = Http.sendForBytes(Http.request(URI.create(attachment.getString("file"))));
        assertEquals(200, download.statusCode());
        assertArrayEquals(PDF, download.body());
    }

    @Test
    void storageRefusesAFileBeforeTheFields() {
        JsonObject presigned = presign("a.pdf", PDF.length);
        Multipart fileFirst = new Multipart().file("file", "a.pdf", "application/pdf", PDF);
        presigned.getJsonObject("fields").forEach((k, v) -> fileFirst.field(k, ((jakarta.json.JsonString) v).getString()));

        HttpResponse<String> refused = upload(presigned, fileFirst);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("<Code>InvalidArgument</Code>"), refused::body);
    }

    @Test
    void storageRefusesTheMaiAgentKey() {
        JsonObject presigned = presign("a.pdf", PDF.length);
        HttpResponse<String> refused = send(SimulatorClient.keyed(Http.request(URI.create(presigned.getString("url"))))
                .header("X-Ignore", "1").POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(400, refused.statusCode());
        HttpResponse<String> withFields = send(fieldsOf(presigned).file("file", "a.pdf", "application/pdf", PDF)
                .post(SimulatorClient.keyed(Http.request(URI.create(presigned.getString("url"))))));
        assertEquals(400, withFields.statusCode());
        assertTrue(withFields.body().contains("Unsupported Authorization Type"), withFields::body);
    }

    @Test
    void storageChecksTheSignatureAndTheSize() {
        JsonObject presigned = presign("a.pdf", 10);
        HttpResponse<String> tooBig = upload(presigned, fieldsOf(presigned).file("file", "a.pdf", "application/pdf", PDF));
        assertEquals(400, tooBig.statusCode());
        assertTrue(tooBig.body().contains("EntityTooLarge"));

        Multipart forged = new Multipart();
        presigned.getJsonObject("fields").forEach((k, v) -> forged.field(k,
                k.equals("x-amz-signature") ? "0".repeat(64) : ((jakarta.json.JsonString) v).getString()));
        HttpResponse<String> refused = upload(presigned, forged.file("file", "a.pdf", "application/pdf", PDF));
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("SignatureDoesNotMatch"));
    }

    @Test
    void registeringAKeyThatWasNeverUploadedIsRefused() {
        HttpResponse<String> refused = send(SimulatorClient.json(simulator.api("/attachments/"),
                "{\"file\":\"media/chat/attachment/nothing-here.pdf\",\"filename\":\"x.pdf\"}"));
        assertEquals(400, refused.statusCode());
        assertTrue(json(refused).containsKey("file"));
        assertEquals(400, send(SimulatorClient.json(simulator.api("/attachments/"), "{\"filename\":\"x.pdf\"}")).statusCode());
        assertEquals(400, send(SimulatorClient.json(simulator.api("/attachments/"),
                "{\"file\":\"https://example.com/x.pdf\",\"filename\":\"x.pdf\",\"type\":\"hologram\"}")).statusCode());
    }

    @Test
    void registeringAnExternalUrlKeepsItAndTypeMayBeAnEmptyObject() {
        JsonObject attachment = simulator.postJson("/attachments/",
                "{\"type\":{},\"filename\":\"document.pdf\",\"file\":\"https://example.com/file.jpg\"}", 201);
        assertEquals("https://example.com/file.jpg", attachment.getString("file"));
        assertEquals(jakarta.json.JsonValue.EMPTY_JSON_OBJECT, attachment.get("type"));
        assertTrue(!attachment.containsKey("conversation"));
    }

    @Test
    void directMultipartUploads() {
        HttpResponse<String> created = send(new Multipart().file("file", "photo.png", "image/png", PDF)
                .post(simulator.api("/attachments/")));
        assertEquals(201, created.statusCode(), created::body);
        assertEquals("image", json(created).getString("type"));

        HttpResponse<String> uploaded = send(new Multipart().file("file", "example_file.pdf", "application/pdf", PDF)
                .post(simulator.api("/attachments-upload/")));
        assertEquals(200, uploaded.statusCode());
        assertEquals("", uploaded.body(), "200 with no body at all");
        assertEquals(400, send(new Multipart().field("notfile", "x").post(simulator.api("/attachments-upload/"))).statusCode());
    }
}
