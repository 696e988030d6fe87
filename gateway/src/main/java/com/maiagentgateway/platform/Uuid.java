package com.maiagentgateway.platform;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * A MaiAgent id: a UUID in its 8-4-4-4-12 hex form. Null passes (say {@code @NotBlank} where one is
 * required); a blank value passes only where {@link #blankAllowed()} (a console field left empty).
 */
@Documented
@Constraint(validatedBy = Uuid.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Uuid {

    String message() default "must be a UUID";

    boolean blankAllowed() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The 8-4-4-4-12 hex form, upper or lower case. */
    Pattern FORM = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** Checks the form only; whether MaiAgent knows the id is MaiAgent's to say. */
    class Validator implements ConstraintValidator<Uuid, String> {

        private boolean blankAllowed;

        /** Whether the text is an id in that form (null is not), for code that checks outside Bean Validation. */
        public static boolean isUuid(String text) {
            return text != null && FORM.matcher(text).matches();
        }

        @Override
        public void initialize(Uuid uuid) {
            blankAllowed = uuid.blankAllowed();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || (blankAllowed && value.isBlank()) || FORM.matcher(value).matches();
        }
    }
}
