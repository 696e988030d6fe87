package com.maiagentgateway.simulator;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Plays out a fault before the simulated MaiAgent answers: from the {@code X-Simulator-Fault}
 * header of the request, else from a fault armed for its endpoint. Faults that shape an answer
 * are handed to its resource as a request attribute.
 */
@WebFilter(filterName = "SimulatorFaultFilter", urlPatterns = "/*", asyncSupported = true)
public class SimulatorFaultFilter extends HttpFilter {

    static final String HEADER = "X-Simulator-Fault";
    static final String ANSWER_FAULT = FaultPlan.class.getName();

    @Inject
    FaultSwitchboard switchboard;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String endpoint = SimulatedEndpoints.of(request.getRequestURI().substring(request.getContextPath().length()));
        if (endpoint == null) {
            chain.doFilter(request, response);
            return;
        }
        FaultPlan plan;
        try {
            // Faults only for callers with the key (the storage takes none: armed faults only), so a stranger can
            // neither make the simulator hold threads with latency faults nor use up the faults a test armed.
            boolean storage = "storage".equals(endpoint);
            if (!storage && !SimulatorGate.keyAccepted(request.getHeader("Authorization"))) {
                chain.doFilter(request, response);
                return;
            }
            String spec = storage ? null : request.getHeader(HEADER);
            plan = spec != null ? FaultPlan.parse(spec) : switchboard.take(endpoint);
        } catch (IllegalArgumentException e) {
            write(response, 400, "application/json", "{\"detail\":\"" + e.getMessage().replace("\"", "'") + "\"}");
            return;
        }
        if (plan == null) {
            chain.doFilter(request, response);
            return;
        }
        if (plan.latencyMillis() > 0) {
            EventStreamWriter.pause(plan.latencyMillis());
        }
        if (plan.drop()) {
            // The answer starts and the connection dies: headers promising a body, a few bytes, then
            // the connection is closed (Liberty cannot close a socket before any answer from a servlet).
            response.setStatus(200);
            response.setContentType("application/json;charset=UTF-8");
            response.setHeader("Connection", "close");
            response.setContentLength(4096);
            response.flushBuffer(); // commits the promise of 4096 bytes before any is written
            var out = response.getOutputStream();
            out.write("{\"id\": \"".getBytes(StandardCharsets.UTF_8));
            out.flush();
            return;
        }
        if (plan.status() == 429) {
            response.setHeader("Retry-After", String.valueOf(plan.retryAfterSeconds()));
            write(response, 429, "application/json", "{\"detail\":\"Request was throttled. Expected available in "
                    + plan.retryAfterSeconds() + " seconds.\"}");
            return;
        }
        if (plan.status() == 502 || plan.status() == 503 || plan.status() == 504) {
            // What the load balancer in front of MaiAgent answers: HTML, not JSON.
            write(response, plan.status(), "text/html", "<html><head><title>" + plan.status()
                    + "</title></head><body><center><h1>" + plan.status() + " Service Temporarily Unavailable</h1></center></body></html>");
            return;
        }
        if (plan.status() > 0) {
            write(response, plan.status(), "application/json", "{\"detail\":\"A server error occurred.\"}");
            return;
        }
        if (plan.malformed()) {
            write(response, 200, "application/json", "{\"id\": \"550e8400-e29b-41d4-a716-446655440000\", \"content\": \"tru");
            return;
        }
        if (plan.shapesTheAnswer()) {
            request.setAttribute(ANSWER_FAULT, plan);
        }
        chain.doFilter(request, response);
    }

    private static void write(HttpServletResponse response, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(type + ";charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

}
