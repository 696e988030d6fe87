package com.maiagentgateway.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.upstream.MaiAgentApi;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The paths the gateway calls at MaiAgent, under both of MaiAgent's base paths ({@code /api} and {@code /api/v1}, which
 * its pages use for the same operations): each is a documented operation (the examples copied from the pages,
 * maiagent-examples/INDEX.tsv), keeps MaiAgent's trailing slash, and is the endpoint the simulator, as strict as the
 * pages, answers there. What differs between the base paths in the bodies is RequestBodiesTest's; ApiBasePathIT calls
 * every endpoint on {@code /api} end to end.
 */
class MaiAgentPathsTest {

    static final String HOST = "https://api.maiagent.ai";

    /** The endpoint (as the simulator names it) each Rest Client method must reach. */
    static final Map<String, String> ENDPOINTS = Map.ofEntries(
            Map.entry("complete", "completions"),
            Map.entry("createConversation", "conversations"),
            Map.entry("conversations", "conversations"),
            Map.entry("conversation", "conversations"),
            Map.entry("createMessage", "messages"),
            Map.entry("messages", "messages"),
            Map.entry("message", "messages"),
            Map.entry("records", "records"),
            Map.entry("exportRecords", "export-excel"),
            Map.entry("presignUpload", "upload-presigned-url"),
            Map.entry("createAttachment", "attachments"),
            Map.entry("createConversationAttachment", "attachments"),
            Map.entry("allowedFileSpecs", "allowed-file-specs"));

    static Stream<Arguments> everyCallUnderEveryBasePath() {
        return Stream.of("api", "api/v1", "api/v1/").flatMap(base -> Arrays.stream(MaiAgentApi.class.getMethods())
                .filter(m -> m.isAnnotationPresent(Path.class))
                .map(m -> Arguments.of(base, m.getName(), m)));
    }

    @ParameterizedTest(name = "{1} under /{0}")
    @MethodSource("everyCallUnderEveryBasePath")
    void theRestClientCallsADocumentedPathTheSimulatorAnswers(String base, String name, Method call) throws IOException {
        String template = call.getAnnotation(Path.class).value();
        // As the client builds it: the base URL without its trailing slashes, then "/" and the method's path.
        URI called = URI.create((HOST + "/" + base).replaceAll("/+$", "") + "/")
                .resolve(template.replaceAll("\\{[^}]+}", "3fa85f64-5717-4562-b3fc-2c963f66afa6"));
        String path = called.getPath();

        assertTrue(path.startsWith("/" + base.replaceAll("/+$", "") + "/"), path);
        assertTrue(!path.contains("//") && path.endsWith("/"), "MaiAgent's paths end in a slash and have no empty segment: " + path);
        assertTrue(documented().contains(relative(template)), name + " calls " + template + ", which no page documents");
        assertEquals(ENDPOINTS.get(name), SimulatedEndpoints.of(path), name + " at " + path);
        assertEquals(1, Stream.of(GET.class, POST.class, PUT.class, DELETE.class).filter(call::isAnnotationPresent).count(), name);
    }

    static Stream<Arguments> basePaths() {
        return Stream.of(Arguments.of("api"), Arguments.of("api/v1"), Arguments.of("api/"), Arguments.of("api/v1//"));
    }

    /** The streamed completion goes through the JDK client (see ReplyStreamConnection), to the same place. */
    @ParameterizedTest(name = "streamed completion under /{0}")
    @MethodSource("basePaths")
    void theStreamedCompletionIsOpenedWhereTheRestClientAsks(String base) throws Exception {
        Method uri = Class.forName("com.maiagentgateway.upstream.ReplyStreamConnection").getDeclaredMethod("completionsUri", String.class, String.class);
        uri.setAccessible(true);
        URI called = (URI) uri.invoke(null, HOST + "/" + base, "3fa85f64-5717-4562-b3fc-2c963f66afa6");

        assertEquals("/" + base.replaceAll("/+$", "") + "/chatbots/3fa85f64-5717-4562-b3fc-2c963f66afa6/completions/", called.getPath());
        assertEquals("completions", SimulatedEndpoints.of(called.getPath()));
    }

    /** A template with every placeholder alike, without its base path: "chatbots/{}/completions/". */
    private static String relative(String template) {
        return template.replaceAll("^/+", "").replaceAll("\\{[^}]+}", "{}");
    }

    /** The operations the pages document, under whichever base path a page used. */
    private static Set<String> documented() throws IOException {
        Set<String> paths = new HashSet<>();
        try (BufferedReader index = new BufferedReader(new InputStreamReader(
                MaiAgentPathsTest.class.getResourceAsStream("/maiagent-examples/INDEX.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = index.readLine()) != null; ) {
                String[] columns = line.split("\t");
                if (columns.length == 3) {
                    paths.add(relative(columns[2].replaceAll(" .*$", "").replaceAll("^/api(/v1)?/", "")));
                }
            }
        }
        // Documented (conversations-and-messages.en.md) with no example body to copy: the records' Excel export.
        paths.add("chatbots/{}/records/export-excel/");
        return paths;
    }
}
