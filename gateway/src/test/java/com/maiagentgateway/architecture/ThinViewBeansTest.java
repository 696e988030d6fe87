package com.maiagentgateway.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The console's view beans stay thin: what a page shows and does, with statistics, validation and parsing in the
 * services where they are unit-tested. A bean over the limit is a sign something belongs in a service.
 */
class ThinViewBeansTest {

    static final int MAX_LINES = 150;
    static final Path CONSOLE = Path.of("src/main/java/com/maiagentgateway/console");

    @Test
    void noViewBeanIsLongerThanTheLimit() throws IOException {
        List<String> tooLong;
        try (Stream<Path> sources = Files.list(CONSOLE)) {
            tooLong = sources.filter(ThinViewBeansTest::isViewBean)
                    .filter(source -> lines(source) > MAX_LINES)
                    .map(source -> source.getFileName() + " (" + lines(source) + " lines)")
                    .toList();
        }
        assertTrue(Files.isDirectory(CONSOLE), "run from the gateway module");
        assertTrue(tooLong.isEmpty(), "view beans over " + MAX_LINES + " lines: " + tooLong);
    }

    private static boolean isViewBean(Path source) {
        String text = read(source);
        return text.contains("@Named") && (text.contains("@ViewScoped") || text.contains("@RequestScoped"));
    }

    private static long lines(Path source) {
        return read(source).lines().count();
    }

    private static String read(Path source) {
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
