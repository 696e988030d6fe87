package com.maiagentgateway.problem;

import jakarta.ws.rs.core.Response;

/** The stable kind (the tail of the problem {@code type}) and title for each HTTP status. */
final class ProblemKinds {

    private ProblemKinds() {
    }

    static String kind(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "too-many-requests";
            case 502 -> "upstream-error";
            case 503 -> "upstream-unavailable";
            case 504 -> "upstream-timeout";
            default -> status >= 500 ? "internal-error" : "client-error";
        };
    }

    static String title(int status) {
        Response.StatusType known = Response.Status.fromStatusCode(status);
        if (status == 413) {
            return "Content Too Large";
        }
        if (status == 422) {
            return "Unprocessable Content";
        }
        return known != null ? known.getReasonPhrase() : (status >= 500 ? "Server Error" : "Client Error");
    }

    /** What to tell a caller about a status the framework raised, without echoing framework internals. */
    static String detail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read.";
            case 401 -> "Authentication is required.";
            case 403 -> "Your role does not allow this operation.";
            case 404 -> "There is nothing at this path.";
            case 405 -> "This path does not support that HTTP method.";
            case 406 -> "No representation matches the Accept header.";
            case 415 -> "This operation does not accept that Content-Type.";
            default -> ProblemKinds.title(status) + ".";
        };
    }
}
