package com.maiagentgateway.console;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.render.ResponseStateManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A console form posted after its view is gone (left open past the session, or across a restart),
 * or with a view state nobody issued (tampered, cut short): the admin is sent to a page that says
 * nothing was done, instead of "something went wrong".
 */
public class ExpiredViewHandling extends ExceptionHandlerFactory {

    public ExpiredViewHandling(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
            while (queued.hasNext()) {
                ExceptionQueuedEventContext event = queued.next().getContext();
                if (expired(event.getException()) || unreadableState(event)) {
                    queued.remove();
                    FacesContext faces = FacesContext.getCurrentInstance();
                    try {
                        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/expired.html");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    faces.responseComplete();
                    return;
                }
            }
            getWrapped().handle();
        }

        /** A postback whose view state could not even be read: no view to act on, so nothing was done. */
        private static boolean unreadableState(ExceptionQueuedEventContext event) {
            FacesContext faces = event.getContext();
            return PhaseId.RESTORE_VIEW.equals(event.getPhaseId()) && faces != null
                    && faces.getExternalContext().getRequestParameterMap().containsKey(ResponseStateManager.VIEW_STATE_PARAM);
        }

        private static boolean expired(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }
    }
}
