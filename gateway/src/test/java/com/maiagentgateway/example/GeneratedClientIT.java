package com.maiagentgateway.example;

import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.root;
import static com.maiagentgateway.it.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.TestServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * For teams that generate their client instead of taking maiagent-gateway-client: the test server's /openapi goes
 * through openapi-generator's Maven plugin (src/test/generated-client/pom.xml, a Maven run of its own) into a
 * MicroProfile Rest Client, which must compile together with a class that calls it the way such a team would
 * (GeneratedClientUse: typed bodies and answers, operation ids as method names).
 * It only reads the test server's /openapi and spends its time in a Maven run of its own, so it runs beside the other
 * suites (as TwoNodesIT and WildFlySmokeIT do).
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("the generated client's build")
class GeneratedClientIT {

    private static final Path PROJECT = Path.of(System.getProperty("generated-client.pom"));
    private static final Path BUILD = Path.of(System.getProperty("generated-client.dir"));

    @Test
    void theOpenApiDocumentGeneratesAMicroProfileClientThatCompiles() throws Exception {
        HttpResponse<String> document = send(request(root(TestServer.gateway()).resolve("openapi")));
        assertEquals(200, document.statusCode(), document::body);
        Files.createDirectories(BUILD);
        Path spec = BUILD.resolve("openapi.yaml");
        Files.writeString(spec, document.body(), StandardCharsets.UTF_8);

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(),
                "-B", "-ntp", "-f", PROJECT.toString(), "compile", "-Dspec=" + spec, "-DbuildDirectory=" + BUILD.resolve("target")));
        String repository = System.getProperty("maven.repo.local");
        if (repository != null && !repository.isBlank()) {
            command.add("-Dmaven.repo.local=" + repository);
        }
        Path log = BUILD.resolve("mvn.log");
        Process maven = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!maven.waitFor(5, TimeUnit.MINUTES)) {
            maven.destroyForcibly();
        }
        String said = tail(log);
        assertEquals(0, maven.exitValue(), () -> "generating or compiling the client failed (" + log + "):\n" + said);
        // Each tag of the document is one interface; the operations named by their ids.
        Path api = BUILD.resolve("target/classes/com/example/maiagentgateway/api");
        for (String generated : List.of("ConversationsApi", "AttachmentsApi", "ChatbotRecordsApi", "CompletionsApi",
                "ClientApplicationsApi", "AuditTrailApi", "CallerApi", "OpenAiCompatibleApi")) {
            assertTrue(Files.exists(api.resolve(generated + ".class")), generated + " was not generated");
        }
        assertTrue(Files.exists(BUILD.resolve("target/classes/com/example/supportdesk/GeneratedClientUse.class")));
        List<String> unnamed = Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.contains("Empty operationId")).toList();
        assertEquals(List.of(), unnamed, "operations without an operationId");
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
