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

    /** The same WAR with MicroProfile Config values set by the application itself (ordinal 100). */
    public static WebArchive withConfig(String... keysAndValues) {
        StringBuilder properties = new StringBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.append(keysAndValues[i]).append('=').append(keysAndValues[i + 1]).append('\n');
        }
        WebArchive war = asBuilt();
        war.addAsResource(new StringAsset(properties.toString()), "META-INF/microprofile-config.properties");
        return war;
    }
}
