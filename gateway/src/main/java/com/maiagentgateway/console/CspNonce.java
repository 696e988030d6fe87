package com.maiagentgateway.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * This response's content-security-policy nonce, for a stateless form to post back: PrimeFaces keeps
 * a page's nonce in its view, and a transient view (the sign-in page) has none to keep.
 */
@Named
@RequestScoped
public class CspNonce {

    public String getValue() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }
}
