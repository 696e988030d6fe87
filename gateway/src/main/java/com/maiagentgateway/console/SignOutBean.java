package com.maiagentgateway.console;

import com.maiagentgateway.security.SignInTokens;
import com.maiagentgateway.service.AuditTrail;
import com.maiagentgateway.store.AuditEntry.Outcome;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Signs the admin out: ends the login, its token on every node, and the session, then back to the sign-in page. */
@Named
@RequestScoped
public class SignOutBean {

    @Inject
    AuditTrail auditTrail;

    @Inject
    FacesContext faces;

    @Inject
    SignInTokens tokens;

    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String user = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        tokens.recordSignOut(request);
        request.logout();
        external.invalidateSession();
        if (user != null) {
            auditTrail.record(user, "console.sign-out", "console", Outcome.SUCCESS, null);
        }
        external.redirect(request.getContextPath() + "/login.xhtml?signedOut=true");
        faces.responseComplete();
    }
}
