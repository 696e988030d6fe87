package com.maiagentgateway.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build packaged, exactly as a user deploys it (named so that its context root is /maiagent). */
public final class GatewayWar {

    private GatewayWar() {
    }

    public static WebArchive asBuilt() {
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
        WebArchive war = asBuilt();
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
