package com.maiagentgateway.console;

import com.maiagentgateway.service.AuditTrail;
import com.maiagentgateway.model.AuditOutcome;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Signs the admin out: ends the sign-in (on every node: the authentication mechanism deletes it from the shared
 * database when the login ends) and the session, then back to the sign-in page.
 */
@Named
@RequestScoped
public class SignOutBean {

    @Inject
    AuditTrail auditTrail;

    @Inject
    FacesContext faces;

    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String user = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        request.logout();
        external.invalidateSession();
        if (user != null) {
            auditTrail.record(user, "console.sign-out", "console", AuditOutcome.SUCCESS, null);
        }
        external.redirect(request.getContextPath() + "/login.xhtml?signedOut=true");
        faces.responseComplete();
    }
}
