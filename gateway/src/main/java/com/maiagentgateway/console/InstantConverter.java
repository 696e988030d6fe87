package com.maiagentgateway.console;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How the console shows a moment: to the minute, in the server's time zone. Applies to every
 * {@link Instant} on a page (MyFaces' f:convertDateTime cannot format an Instant with a pattern).
 */
@FacesConverter(forClass = Instant.class)
public class InstantConverter implements Converter<Instant> {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : SHOWN.format(value);
    }

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("Moments are shown, not entered");
    }
}
