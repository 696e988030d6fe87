package com.maiagentgateway.upstream;

import com.maiagentgateway.platform.MaiAgentSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The JDK HTTP client for the two calls the Rest Client cannot make well: the streamed
 * completion (which must end at once when its caller leaves) and the upload to object storage
 * (a known-length multipart body streamed from disk). HTTP/1.1: an h2c upgrade hangs on Liberty.
 */
@ApplicationScoped
public class UpstreamHttpClient {

    @Inject
    MaiAgentSettings settings;

    private volatile HttpClient http;

    public HttpClient get() {
        HttpClient current = http;
        if (current == null) {
            synchronized (this) {
                current = http;
                if (current == null) {
                    current = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofMillis(settings.connectTimeoutMillis()))
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
                    http = current;
                }
            }
        }
        return current;
    }
}
