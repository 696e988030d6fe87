package com.maiagentgateway.console;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** Every Faces page (console, sign-in, forbidden) is drawn in the language ConsoleLanguages picks for the request. */
public class ConsoleLocaleViewHandler extends ViewHandlerWrapper {

    public ConsoleLocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return ConsoleLanguages.of((HttpServletRequest) context.getExternalContext().getRequest()).locale();
    }
}
