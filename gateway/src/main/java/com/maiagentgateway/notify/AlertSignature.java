package com.maiagentgateway.notify;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a webhook alert is signed: {@code MaiAgent-Gateway-Signature: t=<unix seconds>,v1=<hex>}, where v1 is
 * HMAC-SHA256, keyed with the recipient's secret, of {@code <t>.<body>}. A receiver recomputes it over the raw body,
 * compares in constant time, and refuses a t too far from its clock (a replayed body).
 */
public final class AlertSignature {

    public static final String HEADER = "MaiAgent-Gateway-Signature";

    private static final SecureRandom RANDOM = new SecureRandom();

    private AlertSignature() {
    }

    /** A new recipient's secret: 32 random bytes, URL-safe Base64, prefixed so it is recognisable in a vault. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String header(String secret, long timestamp, String body) {
        return "t=" + timestamp + ",v1=" + hmac(secret, timestamp + "." + body);
    }

    static String hmac(String secret, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", impossible);
        }
    }
}
