package com.maiagentgateway.upstream;

/** MaiAgent answered, but not in a form the gateway can read (malformed JSON, a stream cut before done). */
public class MaiAgentProtocolException extends UpstreamException {

    public MaiAgentProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
