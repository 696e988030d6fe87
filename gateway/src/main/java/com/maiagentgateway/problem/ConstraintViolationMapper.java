package com.maiagentgateway.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
                .toList();
        return invalidInput(errors).withInstance(uriInfo == null ? null : uriInfo.getRequestUri().getRawPath()).response().build();
    }

    /** The 400 for invalid input in these places, sorted by where. */
    static Problem invalidInput(List<Problem.FieldError> unsorted) {
        List<Problem.FieldError> errors = unsorted.stream().sorted(Comparator.comparing(Problem.FieldError::field)).toList();
        String detail = errors.size() == 1
                ? "Invalid input: " + errors.get(0).field() + " " + errors.get(0).message() + "."
                : "Invalid input in " + errors.size() + " places; see errors.";
        return Problem.of(400, "invalid-input", detail).withErrors(errors);
    }

    /** The caller's name for the invalid value: the query parameter, or the body member's path as sent. */
    public static String fieldName(ConstraintViolation<?> violation) {
        List<String> segments = new ArrayList<>();
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            // A node inside a list carries its index: it belongs to the list's name (attachments[0].id).
            if (node.isInIterable() && node.getIndex() != null && !segments.isEmpty()) {
                int last = segments.size() - 1;
                segments.set(last, segments.get(last) + "[" + node.getIndex() + "]");
            }
            // A request body's Java parameter name means nothing to a caller: name its members as sent.
            if (kind == ElementKind.PARAMETER && i + 1 < nodes.size()) {
                continue;
            }
            if (node.getName() != null && kind != ElementKind.CONTAINER_ELEMENT) {
                segments.add(node.getName());
            }
        }
        return segments.isEmpty() ? "request" : String.join(".", segments);
    }
}
