package com.maiagentgateway.simulator;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The bucket behind the presigned uploads: object bytes in a temporary directory (never in the
 * heap), their metadata in memory, the total bounded by evicting the oldest objects.
 */
@ApplicationScoped
public class SimulatorObjects {

    /** One stored object. */
    record StoredObject(String key, String contentType, long size, Path path) {
    }

    @Inject
    SimulatorSettings settings;

    private final Map<String, StoredObject> objects = new LinkedHashMap<>();
    private long totalBytes;
    private Path directory;

    @PostConstruct
    void open() {
        try {
            directory = Files.createTempDirectory("maiagent-simulator-objects-");
            putSeed(SeedObjects.IMAGE_KEY, "image/png", "seed-screenshot.png");
            putSeed(SeedObjects.PDF_KEY, "application/pdf", "seed-invoice.pdf");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void putSeed(String key, String contentType, String resource) throws IOException {
        try (InputStream in = SimulatorObjects.class.getResourceAsStream(resource)) {
            put(key, contentType, in);
        }
    }

    /** Streams the bytes to disk, then makes the object visible (replacing one with the same key). */
    StoredObject put(String key, String contentType, InputStream content) throws IOException {
        Path file = Files.createTempFile(directory, "object-", ".bin");
        long size = Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
        StoredObject stored = new StoredObject(key, contentType, size, file);
        synchronized (this) {
            StoredObject replaced = objects.remove(key);
            if (replaced != null) {
                forget(replaced);
            }
            objects.put(key, stored);
            totalBytes += size;
            while (totalBytes > settings.storageMaxBytes() && objects.size() > 1) {
                forget(objects.remove(objects.keySet().iterator().next()));
            }
        }
        return stored;
    }

    private void forget(StoredObject object) {
        totalBytes -= object.size();
        try {
            Files.deleteIfExists(object.path());
        } catch (IOException ignored) {
            // a temp file left behind is removed with the directory
        }
    }

    synchronized Optional<StoredObject> get(String key) {
        return Optional.ofNullable(objects.get(key));
    }

    @PreDestroy
    void close() {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temp directory; the OS cleans it eventually
        }
    }
}
