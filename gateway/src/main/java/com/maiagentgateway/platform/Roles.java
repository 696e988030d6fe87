package com.maiagentgateway.platform;

/** The application's security roles; the server maps its users or groups onto them. */
public final class Roles {

    /** Console and API. */
    public static final String ADMIN = "maiagent-admin";

    /** API only. */
    public static final String CLIENT = "maiagent-client";

    private Roles() {
    }
}
