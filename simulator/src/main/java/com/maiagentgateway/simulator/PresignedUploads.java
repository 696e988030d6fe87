package com.maiagentgateway.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * S3-style presigned POST: a policy (where the object goes, how big it may be, until when) signed
 * with the storage secret, handed out as form fields and checked again when the upload arrives.
 */
@ApplicationScoped
public class PresignedUploads {

    static final Duration VALID_FOR = Duration.ofHours(1);
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** The form fields, in the order the upload must send them before the file. */
    record Presigned(Map<String, String> fields) {
    }

    /** A checked upload: the object key, or why it is refused (an S3 error code and message). */
    record Verdict(String key, long maxSize, String errorCode, String errorMessage) {
        boolean accepted() {
            return errorCode == null;
        }

        static Verdict refuse(String code, String message) {
            return new Verdict(null, 0, code, message);
        }
    }

    @Inject
    SimulatorSettings settings;

    Presigned create(String modelName, String filename, long fileSize) {
        String safeName = filename == null || filename.isBlank() ? "file" : filename.replaceAll("[\\\\/]", "_");
        String key = "media/chat/" + (modelName == null || modelName.isBlank() ? "attachment" : modelName)
                + "/" + UUID.randomUUID() + "/" + safeName;
        Instant now = Instant.now();
        String date = AMZ_DATE.format(now);
        String credential = "SIMULATORACCESSKEY/" + date.substring(0, 8) + "/ap-northeast-1/s3/aws4_request";
        JsonObject policy = Json.createObjectBuilder()
                .add("expiration", now.plus(VALID_FOR).toString())
                .add("conditions", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("bucket", "maiagent-simulator"))
                        .add(Json.createObjectBuilder().add("key", key))
                        .add(Json.createArrayBuilder().add("content-length-range").add(0).add(Math.max(fileSize, 0)))
                        .add(Json.createObjectBuilder().add("x-amz-algorithm", "AWS4-HMAC-SHA256"))
                        .add(Json.createObjectBuilder().add("x-amz-credential", credential))
                        .add(Json.createObjectBuilder().add("x-amz-date", date)))
                .build();
        String encodedPolicy = Base64.getEncoder().encodeToString(policy.toString().getBytes(StandardCharsets.UTF_8));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("key", key);
        fields.put("x-amz-algorithm", "AWS4-HMAC-SHA256");
        fields.put("x-amz-credential", credential);
        fields.put("x-amz-date", date);
        fields.put("policy", encodedPolicy);
        fields.put("x-amz-signature", sign(encodedPolicy));
        return new Presigned(fields);
    }

    /** Checks the fields of an upload against the policy they carry. */
    Verdict verify(Map<String, String> fields) {
        String key = fields.get("key");
        String policy = fields.get("policy");
        String signature = fields.get("x-amz-signature");
        if (key == null) {
            return Verdict.refuse("InvalidArgument", "Bucket POST must contain a field named 'key'.  If it is specified, please check the order of the fields.");
        }
        if (policy == null || signature == null) {
            return Verdict.refuse("AccessDenied", "Bucket POST must contain a policy and its signature.");
        }
        if (!MessageDigest.isEqual(sign(policy).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.refuse("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.");
        }
        JsonObject decoded;
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(Base64.getDecoder().decode(policy), StandardCharsets.UTF_8)))) {
            decoded = reader.readObject();
        } catch (RuntimeException e) {
            return Verdict.refuse("InvalidPolicyDocument", "Invalid Policy: Invalid JSON.");
        }
        if (Instant.parse(decoded.getString("expiration")).isBefore(Instant.now())) {
            return Verdict.refuse("AccessDenied", "Invalid according to Policy: Policy expired.");
        }
        long maxSize = 0;
        String allowedKey = null;
        for (JsonValue condition : decoded.getJsonArray("conditions")) {
            if (condition.getValueType() == JsonValue.ValueType.ARRAY) {
                JsonArray range = condition.asJsonArray();
                if ("content-length-range".equals(range.getString(0))) {
                    maxSize = range.getJsonNumber(2).longValue();
                }
            } else if (condition.asJsonObject().containsKey("key")) {
                allowedKey = condition.asJsonObject().getString("key");
            }
        }
        if (!key.equals(allowedKey)) {
            return Verdict.refuse("AccessDenied", "Invalid according to Policy: Policy Condition failed: [\"eq\", \"$key\", \"" + allowedKey + "\"]");
        }
        return new Verdict(key, maxSize, null, null);
    }

    private String sign(String encodedPolicy) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settings.storageSigningSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(encodedPolicy.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
