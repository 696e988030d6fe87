package com.maiagentgateway.security;

import jakarta.security.auth.message.callback.PasswordValidationCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * What the mechanism asks of the server: a password checked by its registry, a caller named to it, and the
 * Open Liberty particulars that make that cheap. Kept apart so the credential checks read as the domain's.
 */
final class ServerCallers {

    private static final Logger LOG = Logger.getLogger(ServerCallers.class.getName());

    /** The key under which Open Liberty keeps the realm of a password it checked. */
    private static final String LIBERTY_REALM = "com.ibm.wsspi.security.cred.realm";

    /** The key under which Open Liberty keeps the groups (their unique ids) of a caller it checked or named. */
    private static final String LIBERTY_GROUPS = "com.ibm.wsspi.security.cred.groups";

    /** The key under which Open Liberty looks a caller's subject up in its authentication cache. */
    private static final String LIBERTY_CACHE_KEY = "com.ibm.wsspi.security.cred.cacheKey";

    private ServerCallers() {
    }

    /** The server's own registry judges the password (and, on success, knows the user's groups). */
    static boolean passwordIsValid(String user, String password, HttpMessageContext context) {
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

    /**
     * Names a user whose password the registry has just checked as the caller, with the registry's groups and
     * in the registry's realm: the result's store id is the realm Liberty gives the caller (by default its own
     * "defaultRealm", and another Liberty node then refuses the sign-in cookie: "Foreign realms are unsupported").
     */
    static AuthenticationStatus registryCaller(String user, HttpMessageContext context) {
        return registryCaller(user, realmOfPasswordCheck(context.getClientSubject()), context);
    }

    /** The same, in the realm the registry named when it checked the password (earlier, or just now). */
    static AuthenticationStatus registryCaller(String user, String realm, HttpMessageContext context) {
        return context.notifyContainerAboutLogin(new CredentialValidationResult(realm, new CallerPrincipal(user), null, null, Set.of()));
    }

    /**
     * Names a user whose password the registry accepted a few seconds ago as the caller, with the groups the
     * registry named then. Open Liberty makes the subject from what the caller is named with when its cache has no
     * subject under the caller's key, and a caller named without the check has no groups: its calls would be
     * refused 403. Other servers name no groups this way, and give none to keep.
     */
    @SuppressWarnings("unchecked")
    static AuthenticationStatus rememberedCaller(String user, String realm, List<String> groups, HttpMessageContext context) {
        AuthenticationStatus status = registryCaller(user, realm, context);
        if (status == AuthenticationStatus.SUCCESS && !groups.isEmpty()) {
            for (Hashtable<?, ?> credentials : context.getClientSubject().getPrivateCredentials(Hashtable.class)) {
                ((Hashtable<String, Object>) credentials).put(LIBERTY_GROUPS, new ArrayList<>(groups));
            }
        }
        return status;
    }

    /**
     * Open Liberty makes each named caller into its own subject with a JAAS login that also signs a sign-in
     * token (RSA), on every request, unless the caller's credentials name a key of its authentication cache:
     * then it takes the subject it made the first time. The key says how the caller was named and who it is;
     * the checks (key, password, console sign-in) are still made on every request. Other servers keep no such
     * credentials in the subject, and nothing changes there.
     */
    @SuppressWarnings("unchecked")
    static AuthenticationStatus reusingSubject(AuthenticationStatus status, HttpMessageContext context, String caller) {
        if (status == AuthenticationStatus.SUCCESS) {
            for (Hashtable<?, ?> credentials : context.getClientSubject().getPrivateCredentials(Hashtable.class)) {
                ((Hashtable<String, Object>) credentials).put(LIBERTY_CACHE_KEY, "maiagent-gateway:" + caller);
            }
        }
        return status;
    }

    /** The groups Liberty recorded in the subject's credentials when its registry checked a password; none elsewhere. */
    static List<String> groupsOfPasswordCheck(Subject subject) {
        for (Hashtable<?, ?> credentials : subject.getPrivateCredentials(Hashtable.class)) {
            if (credentials.get(LIBERTY_GROUPS) instanceof List<?> groups) {
                return groups.stream().map(String::valueOf).toList();
            }
        }
        return List.of();
    }

    /** Liberty records the realm of a password it checked in the subject's credentials; other servers do not. */
    static String realmOfPasswordCheck(Subject subject) {
        for (Hashtable<?, ?> credentials : subject.getPrivateCredentials(Hashtable.class)) {
            if (credentials.get(LIBERTY_REALM) instanceof String realm) {
                return realm;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    static void nameAuthType(HttpMessageContext context, String authType) {
        // The servlet profile's key, under both of the names Liberty's releases have read.
        context.getMessageInfo().getMap().put("jakarta.servlet.http.authType", authType);
        context.getMessageInfo().getMap().put("javax.servlet.http.authType", authType);
    }
}
