package com.maiagentgateway.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The dev server's users and keys, read from liberty/bootstrap.properties, the one place they are written. */
public enum DevUsers {
    ADMIN("dev.admin.user", "dev.admin.password"),
    CLIENT("dev.client.user", "dev.client.password");

    private static final Properties DEV = load();

    private final String userKey;
    private final String passwordKey;

    DevUsers(String userKey, String passwordKey) {
        this.userKey = userKey;
        this.passwordKey = passwordKey;
    }

    public String user() {
        return DEV.getProperty(userKey);
    }

    public String password() {
        return DEV.getProperty(passwordKey);
    }

    public static String webhookSecret() {
        return DEV.getProperty("dev.maiagent.webhook-secret");
    }

    public static String maiAgentApiKey() {
        return DEV.getProperty("dev.maiagent.api-key");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("dev.properties", "../liberty/bootstrap.properties")))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
