package com.maiagentgateway.problem;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes a problem body where JAX-RS is not involved (servlet filters, the webhook receiver). */
@ApplicationScoped
public class ProblemWriter {

    private final Jsonb jsonb = JsonbBuilder.create();

    public String toJson(Problem problem) {
        return jsonb.toJson(problem);
    }

    public void write(HttpServletResponse response, Problem problem) throws IOException {
        byte[] body = toJson(problem).getBytes(StandardCharsets.UTF_8);
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception ignored) {
            // nothing held that outlives the application
        }
    }
}
