import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The gateway's JVM seen from outside: heap (after a full GC, or sampled as is) and thread count, via jcmd and /proc. */
final class GatewayJvm {

    private static final Pattern USED = Pattern.compile("total (\\d+)K, used (\\d+)K");
    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");

    private final long pid;

    GatewayJvm(long pid) {
        this.pid = pid;
    }

    /**
     * Live heap in MiB: what a class histogram counts, taken in one stop after a full collection (reading
     * "used" after a separate GC.run would also count what the server allocated in between).
     */
    double liveHeapMiB() throws IOException, InterruptedException {
        Matcher m = TOTAL.matcher(jcmd("GC.class_histogram"));
        if (!m.find()) {
            throw new IllegalStateException("no histogram total from jcmd");
        }
        return Long.parseLong(m.group(1)) / 1024.0 / 1024.0;
    }

    /** Heap used right now, garbage included, in MiB. */
    double heapUsedMiB() throws IOException, InterruptedException {
        Matcher m = USED.matcher(jcmd("GC.heap_info"));
        if (!m.find()) {
            throw new IllegalStateException("no heap figures from jcmd");
        }
        return Long.parseLong(m.group(2)) / 1024.0;
    }

    int threads() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("Threads:")) {
                return Integer.parseInt(line.substring(8).trim());
            }
        }
        throw new IllegalStateException("no thread count for " + pid);
    }

    /** Samples the live heap (a full GC, then used) every 250 ms until stopped; the highest sample, in MiB. */
    final class PeakHeap implements AutoCloseable {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong peakKiB = new AtomicLong(-1);
        private final Thread sampler;

        PeakHeap() {
            sampler = Thread.ofPlatform().daemon().start(() -> {
                while (running.get()) {
                    try {
                        peakKiB.accumulateAndGet((long) (liveHeapMiB() * 1024), Math::max);
                        Thread.sleep(250);
                    } catch (Exception e) {
                        return;
                    }
                }
            });
        }

        /** NaN when the work ended before the first sample. */
        double peakMiB() {
            return peakKiB.get() < 0 ? Double.NaN : peakKiB.get() / 1024.0;
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            sampler.join();
        }
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
