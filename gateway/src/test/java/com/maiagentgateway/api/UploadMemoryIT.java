package com.maiagentgateway.api;

import static com.maiagentgateway.it.Http.as;
import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.CallingTheGateway;
import com.maiagentgateway.it.DevUsers;
import com.maiagentgateway.it.ServerJvm;
import com.maiagentgateway.it.SimulatorOverrides;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100 MB upload goes through the gateway (and on to MaiAgent's storage) without the file in
 * the heap. The simulator is told MaiAgent allows documents of 150 MB (its documented limit is 20 MB).
 * Measured: the server's live heap (after full collections, sampled through JMX) during the upload.
 */
@SimulatorOverrides("attachment.document-max-bytes=" + (150L * 1024 * 1024))
class UploadMemoryIT extends CallingTheGateway {

    static final long FILE_BYTES = 100L * 1024 * 1024;
    static final long HEAP_GROWTH_LIMIT = 64L * 1024 * 1024;
    static final String BOUNDARY = "gateway-memory-test";

    @TempDir
    Path temp;

    @Test
    void aHundredMegabyteUploadDoesNotGrowTheHeapBy64Megabytes() throws Exception {
        Path file = textFile(temp.resolve("manual.txt"), FILE_BYTES);
        // A warm-up upload first, so classes loaded and pools filled on first use are not counted as growth.
        assertEquals(201, upload(textFile(temp.resolve("warm-up.txt"), 1024 * 1024)).statusCode());

        try (ServerJvm server = ServerJvm.connect()) {
            long baseline = server.liveHeapBytes();
            AtomicLong peak = new AtomicLong(baseline);
            CompletableFuture<HttpResponse<String>> uploading = CompletableFuture.supplyAsync(() -> upload(file));
            int samples = 0;
            while (!uploading.isDone()) {
                peak.accumulateAndGet(server.liveHeapBytes(), Math::max);
                samples++;
                // Each sample is a full collection, which stops the upload too: a few, far enough apart to let it run.
                Thread.sleep(300);
            }
            HttpResponse<String> answer = uploading.get();
            assertEquals(201, answer.statusCode(), answer::body);
            long growth = peak.get() - baseline;
            System.out.printf("UPLOAD MEMORY: 100 MB upload, live heap baseline %.1f MB, peak %.1f MB, growth %.1f MB over %d samples%n",
                    mb(baseline), mb(peak.get()), mb(growth), samples);
            assertTrue(samples >= 3, "the upload finished before the heap could be sampled");
            assertTrue(growth < HEAP_GROWTH_LIMIT, "live heap grew by " + mb(growth) + " MB");

            JsonObject attachment = json(answer);
            HttpResponse<Void> stored = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(attachment.getString("file")))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(FILE_BYTES, stored.headers().firstValueAsLong("Content-Length").orElse(-1), "all of it reached MaiAgent's storage");
        }
    }

    /**
     * The file as the body, its length declared: it goes on to MaiAgent's storage as it arrives. No
     * temporary file appears in the server's temporary directory at any point, and the heap stays flat.
     */
    @Test
    void aHundredMegabyteBodyGoesInOnePassWithNoTemporaryFile() throws Exception {
        Path file = textFile(temp.resolve("handbook.txt"), FILE_BYTES);
        assertEquals(201, uploadAsBody(textFile(temp.resolve("warm-up-body.txt"), 1024 * 1024)).statusCode());

        try (ServerJvm server = ServerJvm.connect()) {
            Path serverTemp = Path.of(server.systemProperty("java.io.tmpdir"));
            long baseline = server.liveHeapBytes();
            long peak = baseline;
            long spooled = 0;
            int samples = 0;
            CompletableFuture<HttpResponse<String>> uploading = CompletableFuture.supplyAsync(() -> uploadAsBody(file));
            while (!uploading.isDone()) {
                peak = Math.max(peak, server.liveHeapBytes());
                try (var files = Files.list(serverTemp)) {
                    spooled = Math.max(spooled, files.filter(p -> p.getFileName().toString().startsWith("maiagent-upload-"))
                            .mapToLong(UploadMemoryIT::sizeOf).sum());
                }
                samples++;
                Thread.sleep(100);
            }
            HttpResponse<String> answer = uploading.get();
            assertEquals(201, answer.statusCode(), answer::body);
            System.out.printf("UPLOAD MEMORY (one pass): 100 MB body, live heap growth %.1f MB, spooled at most %d bytes, %d samples%n",
                    mb(peak - baseline), spooled, samples);
            assertTrue(samples >= 3, "the upload finished before it could be sampled");
            assertEquals(0, spooled, "part of the file was written to " + serverTemp);
            assertTrue(peak - baseline < HEAP_GROWTH_LIMIT, "live heap grew by " + mb(peak - baseline) + " MB");
            HttpResponse<Void> stored = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(json(answer).getString("file")))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(FILE_BYTES, stored.headers().firstValueAsLong("Content-Length").orElse(-1), "all of it reached MaiAgent's storage");
        }
    }

    @Test
    void aFileOverItsLimitIsRefusedWhileItIsReadAndNothingIsKept() throws Exception {
        // 160 MB against a 150 MB limit: refused at the limit, the rest read and discarded, the caller answered.
        HttpResponse<String> answer = upload(textFile(temp.resolve("too-big.txt"), 160L * 1024 * 1024));
        assertEquals(413, answer.statusCode(), answer::body);
        assertTrue(answer.body().contains("157286400"), answer::body);
        try (var leftovers = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertTrue(leftovers.noneMatch(p -> p.getFileName().toString().startsWith("maiagent-upload-")
                    && sizeOf(p) > 100L * 1024 * 1024), "a refused upload's temporary file was left behind");
        }
    }

    private HttpResponse<String> upload(Path file) {
        try {
            byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                    + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
            HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                    HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail));
            return send(as(request(gateway, "/api/v1/attachments"), DevUsers.CLIENT).timeout(Duration.ofMinutes(2))
                    .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).POST(body));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private HttpResponse<String> uploadAsBody(Path file) {
        try {
            return send(as(request(gateway, "/api/v1/attachments"), DevUsers.CLIENT).timeout(Duration.ofMinutes(2))
                    .header("Content-Type", "application/octet-stream")
                    .header("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"")
                    .POST(HttpRequest.BodyPublishers.ofFile(file)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Plain text of the given size, written line by line (never whole in this JVM's heap either). */
    private static Path textFile(Path file, long bytes) throws IOException {
        byte[] line = "MaiAgent Gateway streams uploads to disk and on to storage; 串流上傳。\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            long written = 0;
            while (written < bytes) {
                int n = (int) Math.min(line.length, bytes - written);
                out.write(line, 0, n);
                written += n;
            }
        }
        return file;
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
