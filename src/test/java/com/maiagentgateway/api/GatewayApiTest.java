package com.maiagentgateway.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The API's class list is hand-kept (see GatewayApi); this is what keeps it honest. */
class GatewayApiTest {

    @Test
    void everyResourceAndProviderOfTheApiPackageIsMounted() throws Exception {
        Set<Class<?>> annotated = apiPackageClasses()
                .filter(c -> c.isAnnotationPresent(Path.class) || c.isAnnotationPresent(Provider.class))
                .collect(Collectors.toSet());

        assertFalse(annotated.isEmpty());
        assertEquals(annotated, new GatewayApi().getClasses());
    }

    @Test
    void resourcesAndProvidersAreKeptApart() {
        assertTrue(GatewayApi.RESOURCES.stream().allMatch(c -> c.isAnnotationPresent(Path.class)));
        assertTrue(GatewayApi.PROVIDERS.stream().allMatch(c -> c.isAnnotationPresent(Provider.class)));
    }

    /** The compiled classes of the main api package (not the tests'). */
    private static Stream<Class<?>> apiPackageClasses() throws IOException, URISyntaxException {
        var dir = Paths.get(GatewayApi.class.getResource("GatewayApi.class").toURI()).getParent();
        try (Stream<java.nio.file.Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".class"))
                    .map(n -> GatewayApi.class.getPackageName() + "." + n.substring(0, n.length() - 6))
                    .map(GatewayApiTest::load)
                    .toList().stream();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, GatewayApiTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
