package com.maiagentgateway.api;

import com.maiagentgateway.problem.OpenAiErrors;
import com.maiagentgateway.problem.Problem;
import com.maiagentgateway.problem.ProblemWriter;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where the container sends the errors no resource answered itself (web.xml's error pages): a path under no
 * operation (/api/v2/...), a method a servlet does not take (GET on the webhook), a request the container refused.
 * Under /api/ and /webhooks/ the answer is a problem, as every other API answer (under /openai/, as OpenAI's error);
 * elsewhere the console's own pages.
 */
@WebServlet(name = "ErrorAnswer", urlPatterns = "/error-answer")
public class ErrorAnswerServlet extends HttpServlet {

    @Inject
    ProblemWriter problems;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            // Asked for directly, not as an error page: there is nothing here.
            response.sendError(404);
            return;
        }
        int status = code instanceof Integer given && given >= 400 ? given : 500;
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        String path = uri.startsWith(request.getContextPath()) ? uri.substring(request.getContextPath().length()) : uri;
        if (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/webhooks/")) {
            response.resetBuffer();
            problems.write(response, problemFor(status));
            return;
        }
        if (path.startsWith(OpenAiErrors.PATH) || path.equals("/openai")) {
            response.resetBuffer();
            HttpServletResponse reshaping = OpenAiErrors.reshaping(response);
            problems.write(reshaping, problemFor(status));
            OpenAiErrors.finish(reshaping);
            return;
        }
        String page = switch (status) {
            case 403 -> "/forbidden.xhtml";
            case 404 -> "/not-found.html";
            default -> "/error.html";
        };
        response.setStatus(status);
        request.getRequestDispatcher(page).forward(request, response);
    }

    static Problem problemFor(int status) {
        return switch (status) {
            case 400 -> Problem.of(400, "bad-request", "The request could not be read as HTTP the gateway takes (its address or headers).");
            case 404 -> Problem.of(404, "not-found", "No operation of the gateway's API is at this address; see /openapi.");
            case 405 -> Problem.of(405, "method-not-allowed", "This address does not take that method; see /openapi.");
            case 413 -> Problem.of(413, "payload-too-large", "The request is larger than the gateway takes.");
            case 415 -> Problem.of(415, "unsupported-media-type", "The request's content type is not one this address takes.");
            default -> status >= 500
                    ? Problem.of(500, "internal-error", "The gateway failed to answer; the failure is in its log.")
                    : Problem.of(status, "bad-request", "The request was refused.");
        };
    }
}
