package com.maiagentgateway.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR the build packaged, for the few tests that need it deployed a second time beside the one the test server
 * runs at /maiagent: with other settings, or with test classes inside. Each such deployment has a name of its own
 * ({@code maiagent-<name>.war}, so its context root is {@code /maiagent-<name>}); the test server's own gateway stays
 * up for every other test.
 */
public final class GatewayWar {

    private GatewayWar() {
    }

    /**
     * The WAR as built under its own name, pointed at the simulator's base path the run asks for: {@code /api/v1}
     * (the dev server's) unless {@code it.maiagent.base-path=api} (for a run by hand of a suite against MaiAgent's
     * other path; the build's own check of that path is ApiBasePathIT).
     */
    public static WebArchive named(String name) {
        WebArchive war = packaged(name);
        String basePath = maiAgentBasePath();
        return basePath.equals("api/v1") ? war : withConfig(war, "maiagent.base-url", simulatorBaseUrl(basePath));
    }

    /** The base path of the simulator this run's second deployments call (api/v1 or api). */
    public static String maiAgentBasePath() {
        return System.getProperty("it.maiagent.base-path", "api/v1");
    }

    /** The simulator on the test server, under one of its base paths. */
    public static String simulatorBaseUrl(String basePath) {
        return "http://127.0.0.1:" + System.getProperty("it.http.port") + SimulatorClient.CONTEXT_ROOT + "/" + basePath;
    }

    private static WebArchive packaged(String name) {
        File war = new File(System.getProperty("war.file", "target/maiagent.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("No WAR at " + war + ": integration tests run after `package`.");
        }
        return ShrinkWrap.create(ZipImporter.class, "maiagent-" + name + ".war").importFrom(war).as(WebArchive.class);
    }

    /** The same WAR named {@code name}, with MicroProfile Config values added to its own microprofile-config.properties. */
    public static WebArchive withConfig(String name, String... keysAndValues) {
        return withConfig(named(name), keysAndValues);
    }

    /**
     * Adds MicroProfile Config values to the WAR's own microprofile-config.properties (ordinal 100: above the
     * server's defaults, below the test server's own values and environment variables).
     */
    public static WebArchive withConfig(WebArchive war, String... keysAndValues) {
        String path = "/WEB-INF/classes/META-INF/microprofile-config.properties";
        StringBuilder properties = new StringBuilder();
        if (war.contains(path)) {
            try (InputStream own = war.get(path).getAsset().openStream()) {
                properties.append(new String(own.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.append(keysAndValues[i]).append('=').append(keysAndValues[i + 1]).append('\n');
        }
        war.addAsResource(new StringAsset(properties.toString()), "META-INF/microprofile-config.properties");
        return war;
    }
}
