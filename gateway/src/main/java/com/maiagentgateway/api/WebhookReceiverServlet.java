package com.maiagentgateway.api;

import com.maiagentgateway.platform.Jsonp;
import com.maiagentgateway.platform.Traces;
import com.maiagentgateway.service.WebhookDeliveryLog;
import com.maiagentgateway.problem.Problem;
import com.maiagentgateway.problem.ProblemWriter;
import com.maiagentgateway.problem.StrictJson;
import com.maiagentgateway.service.WebhookInbox;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where MaiAgent delivers replies: {@code POST /maiagent/webhooks/maiagent}. MaiAgent cannot log
 * in, so the shared secret ({@code maiagent.webhook.secret}) comes in the registered URL
 * ({@code ?secret=}) or a header ({@code X-Webhook-Secret}), compared in constant time. Nothing is
 * stored for a wrong secret or a bad body. A repeated delivery answers 200 and stores nothing new.
 */
@WebServlet(name = "WebhookReceiver", urlPatterns = "/webhooks/maiagent")
public class WebhookReceiverServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(WebhookReceiverServlet.class.getName());
    static final int MAX_BODY = 1024 * 1024;

    @Inject
    WebhookInbox inbox;

    @Inject
    ProblemWriter problems;

    @Inject
    WebhookDeliveryLog deliveryLog;

    @Inject
    @ConfigProperty(name = "maiagent.webhook.secret")
    Optional<String> secret;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The intake's span: the delivery spans on every node that pushed the reply on link to it (through NOTIFY).
        try (Traces.TraceSpan intake = Traces.start("receive MaiAgent webhook delivery", false); var within = intake.makeCurrent()) {
            receive(request, response, intake);
        }
    }

    /** A delivery past the secret that cannot be taken: answered with the problem, and in the delivery log. */
    private void refuse(HttpServletResponse response, Problem problem) throws IOException {
        deliveryLog.refused(problem.detail(), null, null);
        problems.write(response, problem);
    }

    private void receive(HttpServletRequest request, HttpServletResponse response, Traces.TraceSpan intake) throws IOException {
        if (secret.filter(s -> !s.isBlank()).isEmpty()) {
            problems.write(response, Problem.of(503, "webhook-not-configured", "The webhook receiver has no secret configured."));
            return;
        }
        String presented = request.getHeader("X-Webhook-Secret") != null ? request.getHeader("X-Webhook-Secret") : request.getParameter("secret");
        if (presented == null || !MessageDigest.isEqual(secret.get().getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8))) {
            problems.write(response, Problem.of(401, "unauthenticated", "The webhook secret is missing or wrong."));
            return;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase().startsWith("application/json")) {
            refuse(response, Problem.of(415, "unsupported-media-type", "Deliveries are application/json."));
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            refuse(response, Problem.of(413, "payload-too-large", "A delivery may be at most 1 MiB."));
            return;
        }
        String malformed = StrictJson.problemWith(body);
        if (malformed != null) {
            refuse(response, Problem.of(400, "bad-request", malformed));
            return;
        }
        JsonObject message;
        try (JsonReader reader = Jsonp.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new JsonException("not an object");
            }
            message = value.asJsonObject();
        } catch (JsonException e) {
            refuse(response, Problem.of(400, "bad-request", "The delivery is not a JSON object."));
            return;
        }
        WebhookInbox.Receipt receipt;
        try {
            receipt = inbox.receive(message);
        } catch (IllegalArgumentException e) {
            problems.write(response, Problem.of(400, "invalid-input", "Invalid delivery: " + e.getMessage() + "."));
            intake.attribute("maiagent.webhook.receipt", "refused");
            return;
        }
        LOG.fine(() -> "Webhook delivery " + receipt);
        intake.attribute("maiagent.webhook.receipt", receipt.name().toLowerCase());
        response.setStatus(200);
        response.setContentType("application/json");
        response.getWriter().write("{\"receipt\":\"" + receipt.name().toLowerCase() + "\"}");
    }
}
