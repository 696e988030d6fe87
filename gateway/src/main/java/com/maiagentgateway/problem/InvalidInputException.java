package com.maiagentgateway.problem;

import java.util.List;

/** Input that passed the annotations but is still wrong (an impossible date, a range backwards). */
public class InvalidInputException extends RuntimeException {

    private final transient List<Problem.FieldError> errors;

    public InvalidInputException(String field, String message) {
        super(field + " " + message);
        this.errors = List.of(new Problem.FieldError(field, message));
    }

    public InvalidInputException(List<Problem.FieldError> errors) {
        super(errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
