package com.maiagentgateway.problem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * The OpenAI-compatible API's errors: every problem the gateway answers there (authentication, scopes, quotas, bad
 * input, MaiAgent's failures, unknown addresses) in the shape OpenAI's clients parse,
 * {@code {"error":{"message","type","param","code"}}}, with the status, headers and details of the problem kept:
 * {@code code} is the problem's kind, {@code param} the first invalid field, and the problem's own type and
 * instance ride along for callers that know the gateway.
 */
public final class OpenAiErrors {

    public static final String PATH = "/openai/";

    private OpenAiErrors() {
    }

    /** Whether the request is the OpenAI-compatible API's. */
    public static boolean appliesTo(HttpServletRequest request) {
        // The path the container dispatches by: ";" parameters in the address do not take a call out of this API.
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.startsWith(PATH) || path.equals("/openai");
    }

    /** The response for an OpenAI-compatible call: problems written to it are written as OpenAI's errors. */
    public static HttpServletResponse reshaping(HttpServletResponse response) {
        return new Reshaping(response);
    }

    /** A problem (its JSON) as OpenAI's error object. */
    public static JsonObject of(JsonObject problem) {
        int status = problem.getInt("status", 500);
        String type = problem.getString("type", "");
        String kind = type.startsWith(Problem.TYPE_PREFIX) ? type.substring(Problem.TYPE_PREFIX.length()) : "error";
        JsonValue param = JsonValue.NULL;
        if (problem.get("errors") instanceof JsonArray errors && !errors.isEmpty() && errors.get(0) instanceof JsonObject first) {
            param = first.get("field") == null ? JsonValue.NULL : first.get("field");
        }
        JsonObjectBuilder error = Json.createObjectBuilder()
                .add("message", problem.getString("detail", problem.getString("title", "Error")))
                .add("type", typeFor(status))
                .add("param", param)
                .add("code", codeFor(status, kind));
        if (problem.containsKey("errors")) {
            error.add("errors", problem.get("errors"));
        }
        error.add("problem_type", type);
        if (problem.get("instance") instanceof jakarta.json.JsonString instance) {
            error.add("instance", instance);
        }
        if (problem.containsKey("retryAfter")) {
            error.add("retry_after", problem.get("retryAfter"));
        }
        if (problem.get("traceId") instanceof jakarta.json.JsonString traceId) {
            error.add("trace_id", traceId);
        }
        return Json.createObjectBuilder().add("error", error).build();
    }

    /** OpenAI's error types, by what its clients branch on. */
    static String typeFor(int status) {
        return switch (status) {
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 429 -> "rate_limit_error";
            default -> status >= 500 ? "server_error" : "invalid_request_error";
        };
    }

    /** OpenAI's codes where it has one for the same thing; the gateway's problem kind otherwise. */
    static String codeFor(int status, String kind) {
        return switch (kind) {
            case "unauthenticated" -> "invalid_api_key";
            case "quota-exhausted" -> "rate_limit_exceeded";
            case "model-not-found" -> "model_not_found";
            default -> status == 401 ? "invalid_api_key" : kind.replace('-', '_');
        };
    }

    /** Holds back a problem body, to write OpenAI's error in its place; anything else passes straight through. */
    private static final class Reshaping extends HttpServletResponseWrapper {

        private ByteArrayOutputStream held;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Reshaping(HttpServletResponse response) {
            super(response);
        }

        private boolean isProblem() {
            String type = getResponse().getContentType();
            return type != null && type.startsWith(Problem.MEDIA_TYPE);
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(type != null && type.startsWith(Problem.MEDIA_TYPE) ? Problem.MEDIA_TYPE : type);
        }

        @Override
        public void setHeader(String name, String value) {
            if (name.equalsIgnoreCase("Content-Type")) {
                setContentType(value);
            } else if (!(name.equalsIgnoreCase("Content-Length") && isProblem())) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (name.equalsIgnoreCase("Content-Type")) {
                setContentType(value);
            } else if (!(name.equalsIgnoreCase("Content-Length") && isProblem())) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setContentLength(int length) {
            if (!isProblem()) {
                super.setContentLength(length);
            }
        }

        @Override
        public void setContentLengthLong(long length) {
            if (!isProblem()) {
                super.setContentLengthLong(length);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!isProblem()) {
                return super.getOutputStream();
            }
            if (stream == null) {
                held = new ByteArrayOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        held.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        held.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        finish();
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new IllegalStateException("a problem body is written blocking");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (!isProblem()) {
                return super.getWriter();
            }
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (held == null) {
                super.flushBuffer();
            }
        }

        /** Writes the held problem as OpenAI's error (once; the filter calls it too, for a writer that never closed). */
        void finish() throws IOException {
            if (held == null) {
                return;
            }
            if (writer != null) {
                writer.flush();
            }
            byte[] problem = held.toByteArray();
            held = null;
            JsonObject reshaped;
            try (JsonReader reader = Json.createReader(new StringReader(new String(problem, StandardCharsets.UTF_8)))) {
                reshaped = of(reader.readObject());
            } catch (RuntimeException notAProblem) {
                reshaped = of(Json.createObjectBuilder().add("status", getStatus()).add("detail", "The gateway could not answer.").build());
            }
            byte[] body = reshaped.toString().getBytes(StandardCharsets.UTF_8);
            HttpServletResponse response = (HttpServletResponse) getResponse();
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.getOutputStream().flush();
        }
    }

    /** Ends a reshaping response whose problem was written but never closed (a servlet filter's answer). */
    public static void finish(HttpServletResponse response) throws IOException {
        if (response instanceof Reshaping reshaping) {
            reshaping.finish();
        }
    }
}
