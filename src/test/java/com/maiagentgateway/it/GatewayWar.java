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

    /** The same WAR with one MicroProfile Config value set by the application itself (ordinal 100). */
    public static WebArchive withConfig(String key, String value) {
        WebArchive war = asBuilt();
        war.addAsResource(new StringAsset(key + "=" + value + "\n"), "META-INF/microprofile-config.properties");
        return war;
    }
}
