import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs Debian's wrk (closed loop, --latency) and reads its p50, p99 and requests per second. */
final class Wrk {

    record Result(double p50Millis, double p99Millis, double requestsPerSecond, long non2xx, long socketErrors) {
    }

    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)(?:\\.000)?%\\s+([\\d.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private Wrk() {
    }

    static Result run(String url, int connections, int seconds, String authorization) throws IOException, InterruptedException {
        return run(url, connections, seconds, authorization, List.of());
    }

    /** With more header fields ("Name: value"), e.g. the routing headers a peer gateway reads. */
    static Result run(String url, int connections, int seconds, String authorization, List<String> headers)
            throws IOException, InterruptedException {
        return run(url, connections, seconds, authorization, headers, null);
    }

    /** A POST of this JSON body on every request (a wrk Lua script sets it), or a GET when the body is null. */
    static Result run(String url, int connections, int seconds, String authorization, List<String> headers, String jsonBody)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + Math.min(connections, 2), "-c" + connections,
                "-d" + seconds + "s", "--latency", "--timeout", "5s"));
        if (jsonBody != null) {
            Path script = Files.createTempFile("wrk-post", ".lua");
            script.toFile().deleteOnExit();
            Files.writeString(script, "wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\nwrk.body = [==["
                    + jsonBody + "]==]\n", StandardCharsets.UTF_8);
            command.add("-s");
            command.add(script.toString());
        }
        if (authorization != null) {
            command.add("-H");
            command.add("Authorization: " + authorization);
        }
        for (String header : headers) {
            command.add("-H");
            command.add(header);
        }
        command.add(url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + out);
        }
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        Matcher m = PERCENTILE.matcher(out);
        while (m.find()) {
            double millis = toMillis(Double.parseDouble(m.group(2)), m.group(3));
            if (m.group(1).equals("50")) {
                p50 = millis;
            } else {
                p99 = millis;
            }
        }
        Matcher rate = RATE.matcher(out);
        if (!rate.find()) {
            throw new IllegalStateException("no Requests/sec in wrk's output: " + out);
        }
        Matcher non2xx = NON_2XX.matcher(out);
        Matcher socket = SOCKET.matcher(out);
        long socketErrors = 0;
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                socketErrors += Long.parseLong(socket.group(g));
            }
        }
        return new Result(p50, p99, Double.parseDouble(rate.group(1)), non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0, socketErrors);
    }

    private static double toMillis(double value, String unit) {
        return switch (unit) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
