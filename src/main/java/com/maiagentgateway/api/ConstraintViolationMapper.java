package com.maiagentgateway.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

/** Bean Validation failures on API input: 400, one field error per violation. */
@Provider
@ApplicationScoped
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.size() == 1
                ? "Invalid input: " + errors.get(0).field() + " " + errors.get(0).message() + "."
                : "Invalid input in " + errors.size() + " places; see errors.";
        Problem problem = Problem.of(400, "invalid-input", detail)
                .withErrors(errors)
                .withInstance(uriInfo == null ? null : uriInfo.getRequestUri().getRawPath());
        return ProblemResponses.of(problem).build();
    }

    /** The caller's name for the invalid value: the parameter or property path, without the Java method name. */
    static String fieldName(ConstraintViolation<?> violation) {
        StringJoiner name = new StringJoiner(".");
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.getName() != null) {
                name.add(node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]" : node.getName());
            }
        }
        String joined = name.toString();
        return joined.isEmpty() ? "request" : joined;
    }
}
