package com.maiagentgateway.console;

import com.maiagentgateway.platform.Roles;
import com.maiagentgateway.security.ConsoleSessionCookie;
import com.maiagentgateway.security.SignInThrottle;
import com.maiagentgateway.service.AuditTrail;
import com.maiagentgateway.model.AuditOutcome;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;

/**
 * The console's sign-in form. Signing in through the application (Jakarta Security's
 * {@link SecurityContext#authenticate}, which hands the credential to the gateway's authentication
 * mechanism) lets it refuse non-admins at the door (only an administrator gets the console's sign-in
 * cookie), rotate the session id, and audit every attempt.
 */
@Named
@RequestScoped
public class SignInBean {

    static final String AUDIT_ACTION = "console.sign-in";

    @Inject
    AuditTrail auditTrail;

    @Inject
    SignInThrottle throttle;

    @Inject
    FacesContext faces;

    @Inject
    SecurityContext securityContext;

    @Inject
    ConsoleSessionCookie consoleSessions;

    @NotBlank(message = "{console.signIn.user.required}")
    @Size(max = 200)
    private String user;

    @NotBlank(message = "{console.signIn.password.required}")
    @Size(max = 500)
    private String password;

    private String returnTo;

    @PostConstruct
    void rememberWhereTheUserWasGoing() {
        returnTo = ReturnAddress.of((HttpServletRequest) faces.getExternalContext().getRequest());
    }

    public String signIn() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // A sign-in again from the same browser ends the one before it, on every node.
        consoleSessions.endPrevious(request);
        SignInThrottle.Standing attempt = throttle.check(user, request.getRemoteAddr());
        if (attempt.refused()) {
            password = null;
            auditTrail.recordRepeat(user, AUDIT_ACTION, "console", AuditOutcome.DENIED, "too many failed sign-ins", request.getRemoteAddr());
            error(ConsoleText.get("signIn.locked", attempt.retryAfterSeconds()));
            return null;
        }
        AuthenticationStatus outcome;
        try {
            outcome = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                    AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(user, password)).newAuthentication(true));
        } finally {
            password = null;
        }
        if (outcome != AuthenticationStatus.SUCCESS) {
            throttle.failed(attempt);
            auditTrail.recordRepeat(user, AUDIT_ACTION, "console", AuditOutcome.FAILURE, "wrong user name or password", request.getRemoteAddr());
            error(ConsoleText.get("signIn.wrong"));
            return null;
        }
        throttle.succeeded(attempt);
        if (!request.isUserInRole(Roles.ADMIN)) {
            request.logout();
            external.invalidateSession();
            auditTrail.record(user, AUDIT_ACTION, "console", AuditOutcome.DENIED, "not a maiagent-admin");
            error(ConsoleText.get("signIn.notAdmin"));
            return null;
        }
        consoleSessions.start(request, (HttpServletResponse) external.getResponse());
        // A fresh session id on every sign-in: no session fixation (the stateless sign-in page may have made none yet).
        if (request.getSession(false) != null) {
            request.changeSessionId();
        } else {
            request.getSession(true);
        }
        auditTrail.record(request.getUserPrincipal().getName(), AUDIT_ACTION, "console", AuditOutcome.SUCCESS, null);
        external.redirect(ReturnAddress.safe(request.getContextPath(), returnTo));
        faces.responseComplete();
        return null;
    }

    private void error(String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getReturnTo() {
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo;
    }
}
