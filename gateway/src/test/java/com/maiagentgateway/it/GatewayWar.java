package com.maiagentgateway.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build packaged, exactly as a user deploys it (named so that its context root is /maiagent). */
public final class GatewayWar {

    private GatewayWar() {
    }

    /**
     * The WAR as built, pointed at the simulator's base path the run asks for: {@code /api/v1} (the
     * dev server's) unless {@code it.maiagent.base-path=api}, which the build's second API run sets,
     * so that every API test also runs against the spellings MaiAgent's /api pages document.
     */
    public static WebArchive asBuilt() {
        String basePath = System.getProperty("it.maiagent.base-path", "api/v1");
        if (basePath.equals("api/v1")) {
            return packaged();
        }
        return withConfig(packaged(), "maiagent.base-url",
                "http://127.0.0.1:" + System.getProperty("it.http.port") + SimulatorClient.CONTEXT_ROOT + "/" + basePath);
    }

    /** The base path of the simulator this run's gateway calls (api/v1 or api). */
    public static String maiAgentBasePath() {
        return System.getProperty("it.maiagent.base-path", "api/v1");
    }

    private static WebArchive packaged() {
        File war = new File(System.getProperty("war.file", "target/maiagent.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("No WAR at " + war + ": integration tests run after `package`.");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /**
     * The same WAR with MicroProfile Config values added to its own microprofile-config.properties
     * (ordinal 100: above the server's defaults, below environment variables).
     */
    public static WebArchive withConfig(String... keysAndValues) {
        return withConfig(asBuilt(), keysAndValues);
    }

    private static WebArchive withConfig(WebArchive war, String... keysAndValues) {
        String path = "/WEB-INF/classes/META-INF/microprofile-config.properties";
        StringBuilder properties = new StringBuilder();
        if (war.contains(path)) {
            try (java.io.InputStream own = war.get(path).getAsset().openStream()) {
                properties.append(new String(own.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).append('\n');
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.append(keysAndValues[i]).append('=').append(keysAndValues[i + 1]).append('\n');
        }
        war.addAsResource(new StringAsset(properties.toString()), "META-INF/microprofile-config.properties");
        return war;
    }
}
