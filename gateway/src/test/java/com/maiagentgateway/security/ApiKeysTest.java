package com.maiagentgateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void anIssuedKeyHasItsPrefixAndOnlyItsHashIsKept() {
        ApiKeys.Issued issued = ApiKeys.issue();

        assertTrue(issued.key().matches("mgw_[0-9a-f]{8}_[A-Za-z0-9_-]{43}"), issued.key());
        assertTrue(issued.key().startsWith("mgw_" + issued.prefix() + "_"));
        assertEquals(ApiKeys.hash(issued.key()), issued.hash());
        assertEquals(64, issued.hash().length());
        assertFalse(issued.toString().contains(issued.key().substring(13)), "a logged Issued shows no key");
        assertNotEquals(issued.key(), ApiKeys.issue().key());
    }

    @Test
    void aKeyIsRecognisedWhereverItHides() {
        String key = ApiKeys.issue().key();

        assertTrue(ApiKeys.looksLikeKey("api_key=" + key + "&x=1"));
        assertTrue(ApiKeys.looksLikeKey(key));
        assertFalse(ApiKeys.looksLikeKey("inbox=747f78b0-56ac-3dfe-86b6-b7b4f8257ad5"));
        assertFalse(ApiKeys.looksLikeKey(null));
        assertFalse(ApiKeys.looksLikeKey("mgw_short"));
    }

    @Test
    void onlyABearerHeaderCarriesAToken() {
        assertEquals("abc", ApiKeys.bearerToken("Bearer abc"));
        assertEquals("abc", ApiKeys.bearerToken("bearer  abc "));
        assertNull(ApiKeys.bearerToken("Basic YWRtaW46eA=="));
        assertNull(ApiKeys.bearerToken("Bearer   "));
        assertNull(ApiKeys.bearerToken(null));
    }

    @Test
    void aKeyInAQueryIsFoundPercentEncodedToo() {
        String key = ApiKeys.issue().key();
        assertTrue(ApiKeys.inQuery("key=" + key));
        assertTrue(ApiKeys.inQuery("key=" + key.replace("_", "%5F")), "mgw%5F... decodes to a key");
        assertTrue(ApiKeys.inQuery("key=" + key.replace("_", "%5f").replace("m", "%6D")));
        assertFalse(ApiKeys.inQuery("inbox=747f78b0-56ac-3dfe-86b6-b7b4f8257ad5&q=%E9%80%80%E8%B2%A8"));
        assertFalse(ApiKeys.inQuery("q=%ZZ"), "not decodable: read as it is");
        assertFalse(ApiKeys.inQuery(null));
    }
}
