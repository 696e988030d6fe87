package com.maiagentgateway.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.problem.Problem;
import com.maiagentgateway.model.ApiOperation;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The API's class list is hand-kept (see GatewayApi); this is what keeps it honest. */
class GatewayApiTest {

    @Test
    void everyResourceAndProviderOfTheApiAndProblemPackagesIsMounted() throws Exception {
        Set<Class<?>> annotated = Stream.concat(packageClasses(GatewayApi.class), packageClasses(Problem.class))
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

    /** Scopes, quotas and usage need to know what each call is: every resource method says it, or its class does. */
    @Test
    void everyResourceMethodIsOfOneKindOfCall() {
        List<String> unmarked = GatewayApi.RESOURCES.stream().flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                .filter(m -> Stream.of(GET.class, POST.class, PUT.class, DELETE.class).anyMatch(m::isAnnotationPresent))
                .filter(m -> {
                    try {
                        ClientCallPolicy.operationOf(m, m.getDeclaringClass());
                        return false;
                    } catch (IllegalStateException none) {
                        return true;
                    }
                })
                .map(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName()).toList();
        assertEquals(List.of(), unmarked);
        assertEquals(ApiOperation.UPLOADS, kindOf(ConversationAttachmentsResource.class, "upload"));
        assertEquals(ApiOperation.READ, kindOf(ConversationAttachmentsResource.class, "list"));
        assertEquals(ApiOperation.WRITE, kindOf(ConversationsResource.class, "send"));
        assertEquals(ApiOperation.ADMIN, kindOf(ClientApplicationsResource.class, "list"));
    }

    private static ApiOperation kindOf(Class<?> resource, String method) {
        return Arrays.stream(resource.getDeclaredMethods()).filter(m -> m.getName().equals(method)).findFirst()
                .map(m -> ClientCallPolicy.operationOf(m, resource)).orElseThrow();
    }

    /** The compiled classes of a main package (not the tests'), found beside one of them. */
    private static Stream<Class<?>> packageClasses(Class<?> member) throws IOException, URISyntaxException {
        var dir = Paths.get(member.getResource(member.getSimpleName() + ".class").toURI()).getParent();
        try (Stream<java.nio.file.Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".class"))
                    .map(n -> member.getPackageName() + "." + n.substring(0, n.length() - 6))
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
