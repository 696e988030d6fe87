package com.maiagentgateway.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * An API suite whose bounds are a few seconds under load it makes itself (a hundred streams at once, every fault
 * within its time bound): the browser suites, which otherwise run beside the API suites ({@link OnTheConsoleServer}),
 * wait while it runs, so that their Chromium cannot stretch its timings on the two shared cores.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ResourceLock(WithTheCpuToItself.LOCK)
public @interface WithTheCpuToItself {

    String LOCK = "the machine's CPU";
}
