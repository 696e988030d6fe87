package com.maiagentgateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BasicCredentialsTest {

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void userAndPassword() {
        assertEquals(new BasicCredentials("admin", "s3cret"), BasicCredentials.parse(basic("admin:s3cret")));
    }

    @Test
    void passwordMayContainColonsAndUnicode() {
        assertEquals(new BasicCredentials("管理者", "a:b:c😀"), BasicCredentials.parse(basic("管理者:a:b:c😀")));
    }

    @Test
    void schemeIsCaseInsensitive() {
        assertEquals("admin", BasicCredentials.parse(basic("admin:x").replace("Basic", "bAsIc")).user());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Bearer abc", "Basic", "Basic ", "Basic !!!notbase64", "Api-Key xyz"})
    void unusableHeadersGiveNothing(String header) {
        assertNull(BasicCredentials.parse(header));
    }

    @Test
    void noUserOrNoColonGivesNothing() {
        assertNull(BasicCredentials.parse(basic(":password")));
        assertNull(BasicCredentials.parse(basic("justauser")));
    }

    @Test
    void passwordNeverPrinted() {
        assertFalse(BasicCredentials.parse(basic("admin:s3cret")).toString().contains("s3cret"));
    }
}
