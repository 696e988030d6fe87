package com.maiagentgateway.upstream;

import com.maiagentgateway.platform.MaiAgentSettings;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Adds {@code Authorization: Api-Key <key>} to calls of the MaiAgent client, and to nothing else
 * (the presigned storage upload does not go through this client). The key is read at each call
 * ({@link MaiAgentSettings#apiKey()}), so a rotated key is used without a restart, and never logged.
 */
public class MaiAgentKeyHeaders implements ClientHeadersFactory {

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        MaiAgentSettings.currentApiKey().ifPresent(key -> headers.putSingle("Authorization", "Api-Key " + key));
        return headers;
    }
}
