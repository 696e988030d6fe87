package com.maiagentgateway.console;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Instant;

/**
 * How the console shows a moment: to the minute, in the console's time zone ({@link Moments}). Applies to every
 * {@link Instant} on a page (MyFaces' f:convertDateTime cannot format an Instant with a pattern).
 */
@FacesConverter(forClass = Instant.class)
public class InstantConverter implements Converter<Instant> {

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        // Looked up, not injected: Mojarra (WildFly) does not inject a converter registered for a class.
        return CDI.current().select(Moments.class).get().shown(value);
    }

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("Moments are shown, not entered");
    }
}
