package com.maiagentgateway.platform;

import java.time.Duration;

/** Waits, as {@link Thread#sleep} does; injected so that a test can see the wait without taking it. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;
}
