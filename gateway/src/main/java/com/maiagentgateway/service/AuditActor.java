package com.maiagentgateway.service;

import com.maiagentgateway.security.ClientIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/** Who is acting, as the audit trail and the attachment registry name them. */
@ApplicationScoped
public class AuditActor {

    @Inject
    SecurityContext security;

    @Inject
    Instance<HttpServletRequest> request;

    /** The client application behind the call (and which key), the signed-in caller's name, or "anonymous". */
    public String current() {
        ClientIdentity application = currentApplication();
        if (application != null) {
            return application.actor();
        }
        Principal caller = security.getCallerPrincipal();
        return caller == null ? "anonymous" : caller.getName();
    }

    private ClientIdentity currentApplication() {
        try {
            return ClientIdentity.of(request.get());
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return null;
        }
    }
}
