package com.maiagentgateway.security;

import com.maiagentgateway.store.ClientApplication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A client application's key ({@code Authorization: Bearer mgw_…}): checked against the node's key directory. */
@ApplicationScoped
class KeyAuthentication {

    /** Key callers are named apart from registry users: Liberty would give a registry user's groups to a caller of the same name. */
    static final String APPLICATION_PREFIX = "app/";

    @Inject
    ClientKeyDirectory keys;

    @Inject
    Clock clock;

    @Inject
    KeyUse keyUse;

    /** The group a key caller is put in: one the deployment maps to the maiagent-client role. */
    @Inject
    @ConfigProperty(name = "maiagent.security.application-group", defaultValue = "maiagent-client")
    String applicationGroup;

    AuthenticationStatus authenticate(String presented, HttpServletRequest request, HttpMessageContext context) {
        ClientIdentity application;
        try {
            application = keys.find(presented);
        } catch (RuntimeException databaseAway) {
            return ApiRefusal.refuse(request, context, ApiRefusal.keysUnavailable());
        }
        if (application == null) {
            return ApiRefusal.refuse(request, context, ApiRefusal.unauthenticated("The API key is not valid."));
        }
        if (application.revoked()) {
            return ApiRefusal.refuse(request, context, ApiRefusal.keyRevoked(application.keyPrefix()));
        }
        if (application.expiredAt(clock.instant())) {
            return ApiRefusal.refuse(request, context, ApiRefusal.keyExpired(application.keyPrefix(), application.keyExpiresAt()));
        }
        if (application.status() != ClientApplication.Status.ACTIVE) {
            return ApiRefusal.refuse(request, context, ApiRefusal.suspended(application.name()));
        }
        application.attachTo(request);
        keyUse.used(application.keyPrefix(), clock.instant());
        String caller = APPLICATION_PREFIX + application.name();
        return ServerCallers.reusingSubject(context.notifyContainerAboutLogin(caller, Set.of(applicationGroup)), context, "key:" + caller);
    }
}
