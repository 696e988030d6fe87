package com.maiagentgateway.platform;

import java.util.concurrent.CompletionException;

/** What went wrong in a completion stage, without the wrapper the stage put around it. */
public final class AsyncFailures {

    private AsyncFailures() {
    }

    public static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
