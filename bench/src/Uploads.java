import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;

/** One file posted as multipart/form-data, streamed from disk; how long it took. */
final class Uploads {

    record Result(int status, double seconds, double mibPerSecond) {
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Uploads() {
    }

    /** A file that reads as a PDF (the gateway sniffs content), of random bytes after the header. */
    static Path pdf(Path dir, int mib) throws IOException {
        Path file = dir.resolve("bench-" + mib + "MiB.pdf");
        if (Files.exists(file) && Files.size(file) == mib * 1024L * 1024L) {
            return file;
        }
        byte[] chunk = new byte[1024 * 1024];
        new Random(mib).nextBytes(chunk);
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] header = "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1);
            System.arraycopy(header, 0, chunk, 0, header.length);
            out.write(chunk);
            new Random(mib + 1).nextBytes(chunk);
            for (int i = 1; i < mib; i++) {
                out.write(chunk);
            }
        }
        return file;
    }

    /** The file as the whole body, named by Content-Disposition: the gateway's one-pass form. */
    static Result putAsBody(URI url, String authorization, Path file) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"")
                .POST(HttpRequest.BodyPublishers.ofFile(file));
        return timed(url, authorization, request, file);
    }

    /**
     * The same, sent no faster than {@code mibPerSecond}: an upload that lasts long enough for the gateway's live heap
     * to be sampled during it (each sample is a jcmd and a full GC, longer than a fast upload).
     */
    static Result putAsBodyPaced(URI url, String authorization, Path file, double mibPerSecond) throws IOException, InterruptedException {
        long size = Files.size(file);
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> paced(file, mibPerSecond)), size));
        return timed(url, authorization, request, file);
    }

    private static InputStream paced(Path file, double mibPerSecond) {
        try {
            InputStream in = Files.newInputStream(file);
            long start = System.nanoTime();
            return new java.io.FilterInputStream(in) {
                long sent;

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    long due = start + (long) (sent / (mibPerSecond * 1024 * 1024) * 1e9);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                    int n = super.read(b, off, Math.min(len, 64 * 1024));
                    sent += Math.max(n, 0);
                    return n;
                }
            };
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Result post(URI url, String authorization, Path file) throws IOException, InterruptedException {
        String boundary = "bench" + UUID.randomUUID().toString().replace("-", "");
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"key\"\r\n\r\nbench/" + file.getFileName()
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)));
        return timed(url, authorization, request, file);
    }

    private static Result timed(URI url, String authorization, HttpRequest.Builder request, Path file) throws IOException, InterruptedException {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        long start = System.nanoTime();
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (response.statusCode() >= 300) {
            System.err.println("upload to " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return new Result(response.statusCode(), seconds, Files.size(file) / 1024.0 / 1024.0 / seconds);
    }
}
