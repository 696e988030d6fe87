package com.maiagentgateway.security;

import com.maiagentgateway.model.AuditNote;
import com.maiagentgateway.model.AuditOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * HTTP Basic of a registry user on the API: throttled per account and address, checked by the server's registry
 * (again at most {@link VerifiedPasswords}' seconds after it last accepted the same password from the same address,
 * neither throttled nor checked in between), and every failed or refused attempt put in the audit trail.
 */
@ApplicationScoped
class BasicAuthentication {

    /** The audit action of API sign-ins that fail or are refused (successes are every call: not audited). */
    static final String API_AUDIT_ACTION = "api.sign-in";

    @Inject
    SignInThrottle throttle;

    @Inject
    Event<AuditNote> audit;

    @Inject
    VerifiedPasswords verified;

    AuthenticationStatus authenticate(BasicCredentials credentials, HttpServletRequest request, HttpMessageContext context) {
        String source = request.getRemoteAddr();
        VerifiedPasswords.Verified recent = verified.recentlyAccepted(credentials, source);
        if (recent != null) {
            // This address proved this password seconds ago: the throttle's count (a database query) would slow no guess.
            // The call is named as on that check, with the registry's groups, reusing the subject made then.
            return ServerCallers.reusingSubject(ServerCallers.rememberedCaller(credentials.user(), recent.realm(), recent.groups(), context),
                    context, recent.subjectKey());
        }
        SignInThrottle.Standing attempt = throttle.check(credentials.user(), source);
        if (attempt.refused()) {
            audit.fire(new AuditNote(credentials.user(), API_AUDIT_ACTION, "api", AuditOutcome.DENIED, "too many failed sign-ins", source));
            return ApiRefusal.refuse(request, context, ApiRefusal.throttled(attempt.retryAfterSeconds()));
        }
        if (!ServerCallers.passwordIsValid(credentials.user(), credentials.password(), context)) {
            throttle.failed(attempt);
            audit.fire(new AuditNote(credentials.user(), API_AUDIT_ACTION, "api", AuditOutcome.FAILURE, "wrong user name or password",
                    source));
            return ApiRefusal.refuse(request, context, ApiRefusal.unauthenticated("The user name or password is not valid."));
        }
        throttle.succeeded(attempt);
        String realm = ServerCallers.realmOfPasswordCheck(context.getClientSubject());
        String subject = "basic:" + credentials.user();
        if (realm != null) {
            // Only Open Liberty names the realm: other servers (WildFly) give the caller its groups in the check itself.
            VerifiedPasswords.Verified kept = verified.accepted(credentials, source, realm, ServerCallers.groupsOfPasswordCheck(context.getClientSubject()));
            if (kept != null) {
                subject = kept.subjectKey();
            }
        }
        // No registered session: each API call stands on its own credentials, and no sign-in cookie is issued.
        return ServerCallers.reusingSubject(ServerCallers.registryCaller(credentials.user(), realm, context), context, subject);
    }
}
