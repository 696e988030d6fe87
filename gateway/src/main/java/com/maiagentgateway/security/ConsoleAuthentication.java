package com.maiagentgateway.security;

import com.maiagentgateway.store.ConsoleSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The console: the sign-in form's credential (through {@code SecurityContext.authenticate}), then the sign-in's
 * own cookie ({@link ConsoleSessionCookie}), good on every node until signed out.
 */
@ApplicationScoped
class ConsoleAuthentication {

    /** The group a console sign-in is put in: one the deployment maps to the maiagent-admin role. */
    @Inject
    @ConfigProperty(name = "maiagent.security.admin-group", defaultValue = "maiagent-admin")
    String adminGroup;

    @Inject
    ConsoleSessionCookie consoleSessions;

    /**
     * The console's sign-in form: a registry user and password. SignInBean then starts the sign-in that holds
     * on every node by its cookie, if the caller is an administrator.
     */
    AuthenticationStatus signIn(UsernamePasswordCredential credential, HttpServletRequest request, HttpMessageContext context) {
        if (!ServerCallers.passwordIsValid(credential.getCaller(), credential.getPasswordAsString(), context)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        ConsoleSessionCookie.passwordAccepted(request, credential.getCaller(), ServerCallers.realmOfPasswordCheck(context.getClientSubject()));
        return ServerCallers.registryCaller(credential.getCaller(), context);
    }

    /** A protected console page: the sign-in's cookie names the admin, or the sign-in page is shown. */
    AuthenticationStatus authenticatePage(HttpServletRequest request, HttpMessageContext context) {
        ConsoleSession session = consoleSessions.of(request);
        if (session != null) {
            // Only administrators get a console sign-in (SignInBean turns everyone else away at the door).
            return ServerCallers.reusingSubject(context.notifyContainerAboutLogin(new CredentialValidationResult(
                    session.realm(), new CallerPrincipal(session.caller()), null, null, Set.of(adminGroup))), context, "console:" + session.caller());
        }
        // As FORM did: the sign-in page, which reads the page asked for from the forward.
        return context.forward("/login.xhtml");
    }

    /** Whether the request carries a console sign-in cookie at all (the API refuses it). */
    boolean cookiePresent(HttpServletRequest request) {
        return consoleSessions.isPresent(request);
    }
}
