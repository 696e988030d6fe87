package com.maiagentgateway.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.RuntimeMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The test Liberty's JVM, seen through its local JMX connector (the one Arquillian deploys with):
 * heap and threads, measured in the server rather than guessed from outside.
 */
public final class ServerJvm implements AutoCloseable {

    private final JMXConnector connector;
    private final MemoryMXBean memory;
    private final ThreadMXBean threads;
    private final RuntimeMXBean runtime;

    private ServerJvm(JMXConnector connector) throws IOException {
        this.connector = connector;
        MBeanServerConnection server = connector.getMBeanServerConnection();
        this.memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        this.threads = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.THREAD_MXBEAN_NAME, ThreadMXBean.class);
        this.runtime = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.RUNTIME_MXBEAN_NAME, RuntimeMXBean.class);
    }

    /** The server's system property (its temporary directory, say), as that JVM sees it. */
    public String systemProperty(String name) {
        return runtime.getSystemProperties().get(name);
    }

    public static ServerJvm connect() {
        Path address = Path.of(System.getProperty("wlp.home"), "usr", "servers", System.getProperty("it.server.name"),
                "logs", "state", "com.ibm.ws.jmx.local.address");
        try {
            return new ServerJvm(JMXConnectorFactory.connect(new JMXServiceURL(Files.readString(address).trim())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the test server's JMX connector at " + address, e);
        }
    }

    /** Heap in use after a full collection: what is still reachable, not garbage awaiting collection. */
    public long liveHeapBytes() {
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    public int threadCount() {
        return threads.getThreadCount();
    }

    /** Threads whose name starts with {@code prefix} and ends with {@code suffix}. */
    public long threadsNamed(String prefix, String suffix) {
        return Arrays.stream(threads.dumpAllThreads(false, false))
                .filter(t -> t != null && t.getThreadName().startsWith(prefix) && t.getThreadName().endsWith(suffix)).count();
    }

    /** Threads with a frame of a class in one of {@code classPrefixes} on their stack right now. */
    public long threadsRunning(List<String> classPrefixes) {
        return Arrays.stream(threads.dumpAllThreads(false, false))
                .filter(t -> t != null && Arrays.stream(t.getStackTrace())
                        .anyMatch(f -> classPrefixes.stream().anyMatch(f.getClassName()::startsWith)))
                .count();
    }

    /** Thread counts by name with the numbers taken out ("Default Executor-thread-#" 40, ...), largest first. */
    public Map<String, Long> threadNamesByPool() {
        Map<String, Long> counts = Arrays.stream(threads.dumpAllThreads(false, false)).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(t -> t.getThreadName().replaceAll("\\d+", "#"), Collectors.counting()));
        Map<String, Long> largest = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(4)
                .forEach(e -> largest.put(e.getKey(), e.getValue()));
        return largest;
    }

    @Override
    public void close() throws IOException {
        connector.close();
    }
}
