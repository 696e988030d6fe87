package com.maiagentgateway.service;

import com.maiagentgateway.model.ApiOperation;
import com.maiagentgateway.model.AuditSubject;
import com.maiagentgateway.platform.Uuid;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an admin sets on a client application, with its rules stated once: the admin API takes it as its body,
 * the console builds it from its form, and {@link ClientApplicationService} validates it for both. The messages
 * are keys of ValidationMessages, so the console shows them in the page's language.
 *
 * @param chatbots the chatbots it may use; null: every chatbot
 * @param operations read, write, completions, uploads, records
 */
public record ApplicationSettings(
        @NotBlank(message = "{application.required}")
        @Pattern(regexp = ApplicationSettings.NAME_PATTERN, message = "{application.name.rule}")
        String name,
        @NotBlank(message = "{application.required}") @Size(max = 200, message = "{application.size}") String owner,
        @NotBlank(message = "{application.required}") @Size(max = 200, message = "{application.size}") String contact,
        @Size(min = 1, max = 50, message = "{application.chatbots.size}")
        List<@NotNull(message = "{application.required}") @Uuid(message = "{application.uuid}") String> chatbots,
        @NotEmpty(message = "{application.operations.required}") @Size(max = 5, message = "{application.operations.size}")
        List<@NotNull(message = "{application.required}") @Pattern(regexp = ApplicationSettings.OPERATION_PATTERN, message = "{application.operation}") String> operations,
        @Valid Quotas quotas) implements AuditSubject {

    /** An application's name: it appears in keys' audit lines, usage and metrics, so it is kept plain. */
    public static final String NAME_PATTERN = "[a-z0-9][a-z0-9-]{1,62}";
    /** The operations an admin grants, in the order forms and lists show them. */
    public static final List<ApiOperation> GRANTABLE = List.of(ApiOperation.READ, ApiOperation.WRITE, ApiOperation.COMPLETIONS,
            ApiOperation.UPLOADS, ApiOperation.RECORDS);
    static final String OPERATION_PATTERN = "(?i)\\s*(read|write|completions|uploads|records)\\s*";
    public static final long MAX_REQUESTS_PER_MINUTE = 1_000_000;
    public static final long MAX_COMPLETIONS_PER_DAY = 100_000_000;
    /** 1 TiB. */
    public static final long MAX_UPLOAD_BYTES_PER_DAY = 1_099_511_627_776L;

    /**
     * Each quota is optional: left out, the application has no such limit. Read as the number written, never
     * narrowed on the way in: a JSON number read straight into an int wraps (4294967301 became 5, 1.9 became 1).
     */
    public record Quotas(
            @Digits(integer = 1000, fraction = 0, message = "{application.whole}")
            @DecimalMin(value = "1", message = "{application.min}")
            @DecimalMax(value = "" + MAX_REQUESTS_PER_MINUTE, message = "{application.max}") BigDecimal requestsPerMinute,
            @Digits(integer = 1000, fraction = 0, message = "{application.whole}")
            @DecimalMin(value = "1", message = "{application.min}")
            @DecimalMax(value = "" + MAX_COMPLETIONS_PER_DAY, message = "{application.max}") BigDecimal completionsPerDay,
            @Digits(integer = 1000, fraction = 0, message = "{application.whole}")
            @DecimalMin(value = "1", message = "{application.min}")
            @DecimalMax(value = "" + MAX_UPLOAD_BYTES_PER_DAY, message = "{application.bytes.max}") BigDecimal uploadBytesPerDay) {

        public static final Quotas NONE = new Quotas(null, null, null);

        /** The quotas as whole numbers (call after validation). */
        public static Quotas of(Integer requestsPerMinute, Integer completionsPerDay, Long uploadBytesPerDay) {
            return new Quotas(requestsPerMinute == null ? null : BigDecimal.valueOf(requestsPerMinute),
                    completionsPerDay == null ? null : BigDecimal.valueOf(completionsPerDay),
                    uploadBytesPerDay == null ? null : BigDecimal.valueOf(uploadBytesPerDay));
        }

        public Integer requestsPerMinuteValue() {
            return requestsPerMinute == null ? null : requestsPerMinute.intValueExact();
        }

        public Integer completionsPerDayValue() {
            return completionsPerDay == null ? null : completionsPerDay.intValueExact();
        }

        public Long uploadBytesPerDayValue() {
            return uploadBytesPerDay == null ? null : uploadBytesPerDay.longValueExact();
        }
    }

    /** The granted operations (call after validation). */
    public Set<ApiOperation> grantedOperations() {
        Set<ApiOperation> granted = EnumSet.noneOf(ApiOperation.class);
        operations.forEach(o -> granted.add(ApiOperation.valueOf(o.trim().toUpperCase(Locale.ROOT))));
        return granted;
    }

    /** The chatbots as MaiAgent writes ids (lowercase), each once; null: every chatbot. */
    public List<String> chatbotIds() {
        return chatbots == null ? null : List.copyOf(new LinkedHashSet<>(chatbots.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList()));
    }

    public Quotas quotasOrNone() {
        return quotas == null ? Quotas.NONE : quotas;
    }

    @Override
    public String auditTarget() {
        return name;
    }

    /** The name of an operation as the API and the console spell it. */
    public static String nameOf(ApiOperation operation) {
        return operation.name().toLowerCase(Locale.ROOT);
    }
}
