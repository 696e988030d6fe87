package com.maiagentgateway.upstream;

/**
 * MaiAgent could not be used for a call. Subclasses say how: it answered with an error, it could
 * not be reached or did not answer in time, or what it sent could not be read. Messages never
 * carry the API key.
 */
public abstract class UpstreamException extends RuntimeException {

    protected UpstreamException(String message, Throwable cause) {
        super(message, cause);
    }
}
