package com.maiagentgateway.console;

import com.maiagentgateway.problem.UpstreamProblems;
import com.maiagentgateway.model.RejectedUpload;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What the console tells an admin: a message on the page, never a stack trace or a blank page. */
final class PageMessages {

    private static final Logger LOG = Logger.getLogger(PageMessages.class.getName());

    private PageMessages() {
    }

    static void info(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        // Survives the redirect of post-redirect-get.
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** A message for this response only (an ajax answer: nothing to keep across a redirect). */
    static void shown(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** Says what failed and why, in words an admin can act on. */
    static void failure(String whatFailed, Throwable failure) {
        error(ConsoleText.get("failure.what", whatFailed, reason(failure)));
    }

    /** The same, beside the field the work was done in (its p:message), where the admin is looking, not at the page's top. */
    static void failureAt(String clientId, String whatFailed, Throwable failure) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                ConsoleText.get("failure.what", whatFailed, reason(failure)), null));
    }

    static String reason(Throwable failure) {
        Throwable cause = unwrap(failure);
        UpstreamProblems.Answer upstream = UpstreamProblems.of(cause);
        if (upstream != null) {
            return upstream.problem().detail();
        }
        if (cause instanceof RejectedUpload rejected) {
            // In the page's language where the console has the words; the refusal's own (English) text otherwise.
            String key = "upload.refused." + rejected.reason().name();
            return ConsoleText.has(key) ? ConsoleText.get(key, rejected.arguments().toArray()) : rejected.getMessage();
        }
        if (cause instanceof ConstraintViolationException invalid) {
            return invalid.getConstraintViolations().iterator().next().getMessage();
        }
        LOG.log(Level.WARNING, "Console action failed", failure);
        return ConsoleText.get("failure.unexpected");
    }

    /** Whether a failure is MaiAgent's outage (busy, failing, away, its breaker open): not something the admin asked wrong. */
    static boolean isOutage(Throwable failure) {
        UpstreamProblems.Answer upstream = UpstreamProblems.of(unwrap(failure));
        return upstream != null && upstream.problem().status() >= 500;
    }

    /** The EJB container wraps what a service throws; the cause is what the admin needs to hear about. */
    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (current instanceof EJBException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
