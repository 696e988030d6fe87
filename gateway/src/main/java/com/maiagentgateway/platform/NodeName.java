package com.maiagentgateway.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's name, as the delivery log and operators know it: {@code maiagent.node-name} when set, else the host and
 * the server's name (Liberty's server, WildFly's node), which tell two nodes on one machine apart.
 */
@ApplicationScoped
public class NodeName {

    @Inject
    @ConfigProperty(name = "maiagent.node-name")
    Optional<String> configured;

    private volatile String name;

    public String get() {
        String current = name;
        if (current == null) {
            current = configured.filter(n -> !n.isBlank()).map(String::strip).orElseGet(NodeName::hostAndServer);
            current = current.length() > 200 ? current.substring(0, 200) : current;
            name = current;
        }
        return current;
    }

    private static String hostAndServer() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unnamed) {
            host = "localhost";
        }
        String server = System.getProperty("wlp.server.name", System.getProperty("jboss.node.name"));
        return server == null ? host : host + "/" + server;
    }
}
