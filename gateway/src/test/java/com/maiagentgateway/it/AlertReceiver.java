package com.maiagentgateway.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An alert webhook as an operator would write one: it takes POSTed alerts on 127.0.0.1, checks each signature as the
 * README says (HMAC-SHA256 of "t.body" with the recipient's secret, compared in constant time), and keeps what it
 * took. It can refuse its first requests with 503, as a recipient that is down for a moment.
 */
public final class AlertReceiver implements AutoCloseable {

    /** An alert taken: its body, whether its signature held, and its timestamp. */
    public record Taken(JsonObject alert, boolean signatureHolds, long timestamp) {
    }

    private final HttpServer server;
    private final List<Taken> taken = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger refuseFirst = new AtomicInteger();
    private volatile String secret;

    public AlertReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/alerts", exchange -> {
            requests.incrementAndGet();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            if (refuseFirst.getAndDecrement() > 0) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            String text = new String(body, StandardCharsets.UTF_8);
            String header = exchange.getRequestHeaders().getFirst("MaiAgent-Gateway-Signature");
            long timestamp = -1;
            boolean holds = false;
            if (header != null && secret != null) {
                String t = null;
                String v1 = null;
                for (String part : header.split(",")) {
                    if (part.startsWith("t=")) {
                        t = part.substring(2);
                    } else if (part.startsWith("v1=")) {
                        v1 = part.substring(3);
                    }
                }
                if (t != null && v1 != null) {
                    timestamp = Long.parseLong(t);
                    holds = MessageDigest.isEqual(hmac(secret, t + "." + text).getBytes(StandardCharsets.US_ASCII),
                            v1.getBytes(StandardCharsets.US_ASCII));
                }
            }
            taken.add(new Taken(Json.createReader(new StringReader(text)).readObject(), holds, timestamp));
            exchange.sendResponseHeaders(holds ? 204 : 401, -1);
            exchange.close();
        });
        server.start();
    }

    /** Where to send alerts. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/alerts";
    }

    /** The secret the gateway gave when this receiver was added as a recipient. */
    public void secret(String secret) {
        this.secret = secret;
    }

    /** Answers the next {@code count} requests with 503. */
    public void refuseNext(int count) {
        refuseFirst.set(count);
    }

    public List<Taken> taken() {
        return List.copyOf(taken);
    }

    public int requests() {
        return requests.get();
    }

    static String hmac(String key, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
