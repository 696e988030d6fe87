package com.maiagentgateway.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnAddressTest {

    @Test
    void consolePageIsKept() {
        assertEquals("/maiagent/console/conversation.xhtml?id=7",
                ReturnAddress.safe("/maiagent", "/maiagent/console/conversation.xhtml?id=7"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"https://evil.example/", "//evil.example/maiagent/console/", "/maiagent/api/v1/me",
            "/maiagent/console/../api/v1/audit", "/maiagent/console//evil", "/maiagent/console/\\evil", "/other/console/", "/maiagent/console/x\r\nSet-Cookie: a=b", "/maiagent/console/\u0000"})
    void anythingElseGoesToTheConsoleHome(String requested) {
        assertEquals("/maiagent/console/", ReturnAddress.safe("/maiagent", requested));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/maiagent/login.xhtml", "/maiagent/login.xhtml?signedOut=true", "/maiagent/login.xhtmlx\r\nSet-Cookie: a=b"})
    void theLanguageLinksMayReturnToTheSignInPageWithoutItsParameters(String requested) {
        assertEquals("/maiagent/login.xhtml", ReturnAddress.safePage("/maiagent", requested));
    }

    @Test
    void theLanguageLinksReturnToConsolePagesAsSafeDoes() {
        assertEquals("/maiagent/console/records.xhtml?chatbot=x", ReturnAddress.safePage("/maiagent", "/maiagent/console/records.xhtml?chatbot=x"));
        assertEquals("/maiagent/console/", ReturnAddress.safePage("/maiagent", "https://evil.example/maiagent/login.xhtml"));
    }
}
