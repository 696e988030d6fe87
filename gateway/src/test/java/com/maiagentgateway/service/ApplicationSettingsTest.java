package com.maiagentgateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.model.ApiOperation;
import com.maiagentgateway.problem.ConstraintViolationMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The one set of rules for a client application's settings, as the admin API and the console both meet them. */
class ApplicationSettingsTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final String BOT = "ffda72c6-879e-35cc-a864-045290df4aeb";

    /** Field (as the API names it) to message, in English. */
    private static Map<String, String> errors(ApplicationSettings settings) {
        Set<ConstraintViolation<ApplicationSettings>> violations = VALIDATOR.validate(settings);
        return violations.stream().collect(Collectors.toMap(ConstraintViolationMapper::fieldName, ConstraintViolation::getMessage,
                (a, b) -> a + "; " + b, TreeMap::new));
    }

    @Test
    void goodSettingsPassAndAreReadAsTheServiceStoresThem() {
        ApplicationSettings settings = new ApplicationSettings("billing-batch", "Billing", "billing@example.com",
                List.of(BOT.toUpperCase(), BOT), List.of(" Read", "completions "), ApplicationSettings.Quotas.of(60, null, 1024L));

        assertEquals(Map.of(), errors(settings));
        assertEquals(Set.of(ApiOperation.READ, ApiOperation.COMPLETIONS), settings.grantedOperations());
        assertEquals(List.of(BOT), settings.chatbotIds(), "lowercase, each once");
        assertEquals("billing-batch", settings.auditTarget());
    }

    @Test
    void everyBrokenRuleIsNamedByItsField() {
        ApplicationSettings settings = new ApplicationSettings("Not A Name!", " ", "x".repeat(201), List.of("not-a-uuid"),
                List.of("read", "delete"), ApplicationSettings.Quotas.of(0, 100_000_001, 1_099_511_627_777L));

        Map<String, String> errors = errors(settings);
        assertTrue(errors.get("name").startsWith("must be 2 to 63 lowercase letters"), errors::toString);
        assertEquals("is required", errors.get("owner"));
        assertEquals("must be at most 200 characters", errors.get("contact"));
        assertEquals("must be a UUID", errors.get("chatbots[0]"));
        assertEquals("must be one of read, write, completions, uploads, records", errors.get("operations[1]"));
        assertEquals("must be 1 or more", errors.get("quotas.requestsPerMinute"));
        assertEquals("must be at most 100000000", errors.get("quotas.completionsPerDay"));
        assertEquals("must be at most 1099511627776 (1 TiB)", errors.get("quotas.uploadBytesPerDay"));
    }

    @Test
    void anApplicationMayUseEveryChatbotButMustBeGrantedAnOperation() {
        Map<String, String> errors = errors(new ApplicationSettings("ops", "Ops", "ops@example.com", null, List.of(), null));
        assertEquals(Set.of("operations"), errors.keySet(), errors::toString);
        assertEquals("must name at least one of read, write, completions, uploads, records", errors.get("operations"));
    }

    @Test
    void quotasAreTheNumbersWrittenNeverWrappedOrRounded() {
        Map<String, String> errors = errors(new ApplicationSettings("edges", "Ops", "ops@example.com", null, List.of("read"),
                new ApplicationSettings.Quotas(new BigDecimal("4294967301"), new BigDecimal("1.9"), new BigDecimal("18446744073709551716"))));
        assertEquals("must be at most 1000000", errors.get("quotas.requestsPerMinute"), "2^32 + 5 is not 5");
        assertEquals("must be a whole number", errors.get("quotas.completionsPerDay"), "1.9 is not 1");
        assertEquals("must be at most 1099511627776 (1 TiB)", errors.get("quotas.uploadBytesPerDay"), "2^64 + 100 is not 100");
        assertEquals("must be at most 1000000", errors(new ApplicationSettings("edges", "Ops", "ops@example.com", null, List.of("read"),
                new ApplicationSettings.Quotas(new BigDecimal("2147483648"), null, null))).get("quotas.requestsPerMinute"),
                "2^31 is too many, not less than 1");
    }
}
