package com.maiagentgateway.security;

import com.maiagentgateway.service.AuditTrail;
import com.maiagentgateway.store.AuditEntry.Outcome;
import com.maiagentgateway.store.ClientApplication;
import com.maiagentgateway.store.ConsoleSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.PasswordValidationCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Hashtable;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway's one authentication mechanism (Jakarta Security): on {@code /api/*} a client application's
 * key ({@code Authorization: Bearer mgw_…}) or HTTP Basic of a registry user, checked on every call and never
 * remembered; for the console, the sign-in form's credential (through {@code SecurityContext.authenticate})
 * and then the sign-in's own cookie ({@link ConsoleSessionCookie}), good on every node until signed out. Passwords are checked by the server's own registry through Jakarta
 * Authentication's {@link PasswordValidationCallback} (the portable way on Liberty and WildFly alike), so no
 * server login is made per API call. A refused API call is left unauthenticated with the reason in
 * {@link ApiRefusal}; {@link ApiAuthenticationFilter} answers it as a problem.
 */
@ApplicationScoped
public class GatewayAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(GatewayAuthenticationMechanism.class.getName());

    /** The audit action of API sign-ins that fail or are refused (successes are every call: not audited). */
    static final String API_AUDIT_ACTION = "api.sign-in";

    /** Key callers are named apart from registry users: Liberty would give a registry user's groups to a caller of the same name. */
    static final String APPLICATION_PREFIX = "app/";

    /** The key under which Open Liberty keeps the realm of a password it checked. */
    private static final String LIBERTY_REALM = "com.ibm.wsspi.security.cred.realm";

    /** The key under which Open Liberty looks a caller's subject up in its authentication cache. */
    private static final String LIBERTY_CACHE_KEY = "com.ibm.wsspi.security.cred.cacheKey";

    @Inject
    ClientKeyDirectory keys;

    @Inject
    SignInThrottle throttle;

    @Inject
    AuditTrail auditTrail;

    /** The group a key caller is put in: one the deployment maps to the maiagent-client role. */
    @Inject
    @ConfigProperty(name = "maiagent.security.application-group", defaultValue = "maiagent-client")
    String applicationGroup;

    /** The group a console sign-in is put in: one the deployment maps to the maiagent-admin role. */
    @Inject
    @ConfigProperty(name = "maiagent.security.admin-group", defaultValue = "maiagent-admin")
    String adminGroup;

    @Inject
    ConsoleSessionCookie consoleSessions;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential password) {
            return signIn(password, request, context);
        }
        if (isApi(request)) {
            return authenticateApiCall(request, context);
        }
        if (!context.isProtected()) {
            // The sign-in page, error pages, scripts and styles: nobody needs to be named there.
            return context.doNothing();
        }
        ConsoleSession session = consoleSessions.of(request);
        if (session != null) {
            // Only administrators get a console sign-in (SignInBean turns everyone else away at the door).
            return reusingSubject(context.notifyContainerAboutLogin(new CredentialValidationResult(
                    session.realm(), new CallerPrincipal(session.caller()), null, null, Set.of(adminGroup))), context, "console:" + session.caller());
        }
        // As FORM did: the sign-in page, which reads the page asked for from the forward.
        return context.forward("/login.xhtml");
    }

    /** Ends the console's sign-in on every node when the caller signs out ({@code request.logout()}). */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        consoleSessions.end(request, response);
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /**
     * The console's sign-in form: a registry user and password. SignInBean then starts the sign-in that holds
     * on every node by its cookie, if the caller is an administrator.
     */
    private static AuthenticationStatus signIn(UsernamePasswordCredential credential, HttpServletRequest request, HttpMessageContext context) {
        if (!passwordIsValid(credential.getCaller(), credential.getPasswordAsString(), context)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        ConsoleSessionCookie.passwordAccepted(request, credential.getCaller(), realmOfPasswordCheck(context.getClientSubject()));
        return registryCaller(credential.getCaller(), context);
    }

    private AuthenticationStatus authenticateApiCall(HttpServletRequest request, HttpMessageContext context) {
        if (ApiKeys.looksLikeKey(request.getQueryString())) {
            // Addresses end up in logs, proxies and browser histories: a key there is refused, never tried.
            return refuse(request, context, ApiRefusal.keyInQuery());
        }
        String authorization = request.getHeader("Authorization");
        String bearer = ApiKeys.bearerToken(authorization);
        if (bearer != null && ApiKeys.looksLikeKey(bearer)) {
            // One of the gateway's keys: it alone says who calls, whatever cookie came along.
            return authenticateKey(bearer, request, context);
        }
        if (request.getUserPrincipal() != null) {
            // A caller the server authenticated itself (a JWT, a client certificate) stays so.
            return context.doNothing();
        }
        if (authorization == null && consoleSessions.isPresent(request)) {
            // A page on another site can make a signed-in admin's browser call the API: its cookie opens nothing here.
            return refuse(request, context, ApiRefusal.cookieNotAccepted());
        }
        if (bearer != null) {
            return authenticateKey(bearer, request, context);
        }
        BasicCredentials basic = BasicCredentials.parse(authorization);
        if (basic != null) {
            return authenticateBasic(basic, request, context);
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            // A Basic header that is not user:password in base64. Open Liberty's audit decodes it again when the
            // call's auth type is its BASIC and fails with a 500; naming the auth type keeps the answer our 401.
            nameAuthType(context, "Basic");
        }
        return context.doNothing();
    }

    private AuthenticationStatus authenticateKey(String presented, HttpServletRequest request, HttpMessageContext context) {
        ClientIdentity application;
        try {
            application = keys.find(presented);
        } catch (RuntimeException databaseAway) {
            return refuse(request, context, ApiRefusal.keysUnavailable());
        }
        if (application == null) {
            return refuse(request, context, ApiRefusal.unauthenticated("The API key is not valid."));
        }
        if (application.revoked()) {
            return refuse(request, context, ApiRefusal.keyRevoked(application.keyPrefix()));
        }
        if (application.status() != ClientApplication.Status.ACTIVE) {
            return refuse(request, context, ApiRefusal.suspended(application.name()));
        }
        application.attachTo(request);
        String caller = APPLICATION_PREFIX + application.name();
        return reusingSubject(context.notifyContainerAboutLogin(caller, Set.of(applicationGroup)), context, "key:" + caller);
    }

    private AuthenticationStatus authenticateBasic(BasicCredentials credentials, HttpServletRequest request,
                                                   HttpMessageContext context) {
        SignInThrottle.Standing attempt = throttle.check(credentials.user(), request.getRemoteAddr());
        if (attempt.refused()) {
            auditTrail.record(credentials.user(), API_AUDIT_ACTION, "api", Outcome.DENIED, "too many failed sign-ins");
            return refuse(request, context, ApiRefusal.throttled(attempt.retryAfterSeconds()));
        }
        if (!passwordIsValid(credentials.user(), credentials.password(), context)) {
            throttle.failed(attempt);
            auditTrail.record(credentials.user(), API_AUDIT_ACTION, "api", Outcome.FAILURE, "wrong user name or password");
            return refuse(request, context, ApiRefusal.unauthenticated("The user name or password is not valid."));
        }
        throttle.succeeded(attempt);
        // No registered session: each API call stands on its own credentials, and no sign-in cookie is issued.
        return reusingSubject(registryCaller(credentials.user(), context), context, "basic:" + credentials.user());
    }

    /**
     * Names a user whose password the registry has just checked as the caller, with the registry's groups and
     * in the registry's realm: the result's store id is the realm Liberty gives the caller (by default its own
     * "defaultRealm", and another Liberty node then refuses the sign-in cookie: "Foreign realms are unsupported").
     */
    private static AuthenticationStatus registryCaller(String user, HttpMessageContext context) {
        return context.notifyContainerAboutLogin(new CredentialValidationResult(
                realmOfPasswordCheck(context.getClientSubject()), new CallerPrincipal(user), null, null, Set.of()));
    }

    /**
     * Open Liberty makes each named caller into its own subject with a JAAS login that also signs a sign-in
     * token (RSA), on every request, unless the caller's credentials name a key of its authentication cache:
     * then it takes the subject it made the first time. The key says how the caller was named and who it is;
     * the checks (key, password, console sign-in) are still made on every request. Other servers keep no such
     * credentials in the subject, and nothing changes there.
     */
    @SuppressWarnings("unchecked")
    private static AuthenticationStatus reusingSubject(AuthenticationStatus status, HttpMessageContext context, String caller) {
        if (status == AuthenticationStatus.SUCCESS) {
            for (Hashtable<?, ?> credentials : context.getClientSubject().getPrivateCredentials(Hashtable.class)) {
                ((Hashtable<String, Object>) credentials).put(LIBERTY_CACHE_KEY, "maiagent-gateway:" + caller);
            }
        }
        return status;
    }

    /** Liberty records the realm of a password it checked in the subject's credentials; other servers do not. */
    private static String realmOfPasswordCheck(Subject subject) {
        for (Hashtable<?, ?> credentials : subject.getPrivateCredentials(Hashtable.class)) {
            if (credentials.get(LIBERTY_REALM) instanceof String realm) {
                return realm;
            }
        }
        return null;
    }

    /** The server's own registry judges the password (and, on success, knows the user's groups). */
    private static boolean passwordIsValid(String user, String password, HttpMessageContext context) {
        PasswordValidationCallback check = new PasswordValidationCallback(context.getClientSubject(), user, password.toCharArray());
        try {
            context.getHandler().handle(new Callback[] {check});
        } catch (IOException | UnsupportedCallbackException registryAway) {
            LOG.log(Level.WARNING, "The server's registry could not check a password", registryAway);
            return false;
        } finally {
            check.clearPassword();
        }
        return check.getResult();
    }

    @SuppressWarnings("unchecked")
    private static void nameAuthType(HttpMessageContext context, String authType) {
        // The servlet profile's key, under both of the names Liberty's releases have read.
        context.getMessageInfo().getMap().put("jakarta.servlet.http.authType", authType);
        context.getMessageInfo().getMap().put("javax.servlet.http.authType", authType);
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpMessageContext context, ApiRefusal refusal) {
        request.setAttribute(ApiRefusal.ATTRIBUTE, refusal);
        return context.doNothing();
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api");
    }
}
