package com.maiagentgateway.console;

import com.maiagentgateway.problem.ConstraintViolationMapper;
import com.maiagentgateway.problem.InvalidInputException;
import com.maiagentgateway.problem.Problem;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;

/**
 * A service's refusal of a form, shown next to the fields it names: the service states the rules once (for the
 * API too), the console labels each error with the field's name and says it in the page's language.
 */
final class FieldErrors {

    private FieldErrors() {
    }

    /** Bean Validation's verdict on the settings a form built; each message in the page's language. */
    static void show(String form, String textPrefix, Iterable<ConstraintViolation<?>> violations) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        MessageInterpolator interpolator = Validation.buildDefaultValidatorFactory().getMessageInterpolator();
        for (ConstraintViolation<?> violation : violations) {
            String message = interpolator.interpolate(violation.getMessageTemplate(), context(violation), locale);
            add(form, textPrefix, ConstraintViolationMapper.fieldName(violation), message);
        }
    }

    /** A rule only the service could check (a name taken, a chatbot MaiAgent does not know). */
    static void show(String form, String textPrefix, InvalidInputException invalid) {
        for (Problem.FieldError error : invalid.errors()) {
            add(form, textPrefix, error.field(), error.message());
        }
    }

    private static void add(String form, String textPrefix, String field, String message) {
        // quotas.requestsPerMinute → requestsPerMinute; chatbots[1] → chatbots, labelled "Chatbot 2".
        String leaf = field.substring(field.lastIndexOf('.') + 1);
        String base = leaf.contains("[") ? leaf.substring(0, leaf.indexOf('[')) : leaf;
        String label = leaf.contains("[") && base.equals("chatbots")
                ? ConsoleText.get(textPrefix + "chatbotN", Integer.parseInt(leaf.substring(leaf.indexOf('[') + 1, leaf.indexOf(']'))) + 1)
                : ConsoleText.get(textPrefix + base);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(form + ":" + base, new FacesMessage(FacesMessage.SEVERITY_ERROR, ConsoleText.get("field.error", label, message), null));
        faces.validationFailed();
    }

    private static MessageInterpolator.Context context(ConstraintViolation<?> violation) {
        return new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
