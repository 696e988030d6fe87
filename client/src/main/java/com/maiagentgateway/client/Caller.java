package com.maiagentgateway.client;

/** Who the gateway takes the caller for: {@code app:<name> (key …)} for an application, or a registry user, and its roles. */
public record Caller(String user, java.util.List<String> roles) {
}
