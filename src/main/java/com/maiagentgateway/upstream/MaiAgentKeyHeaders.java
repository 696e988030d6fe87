package com.maiagentgateway.upstream;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Adds {@code Authorization: Api-Key <key>} to calls of the MaiAgent client, and to nothing else
 * (the presigned storage upload does not go through this client). The key is read from config at
 * each call, so a rotated key is used without a restart, and never logged.
 */
public class MaiAgentKeyHeaders implements ClientHeadersFactory {

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        ConfigProvider.getConfig().getOptionalValue("maiagent.api-key", String.class)
                .filter(key -> !key.isBlank())
                .ifPresent(key -> headers.putSingle("Authorization", "Api-Key " + key));
        return headers;
    }
}
