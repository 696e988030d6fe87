package com.maiagentgateway.it;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A browser suite: it calls the console test server ({@link TestServer#CONSOLE}), and runs beside the API suites,
 * which call the other one. The browser suites take the same lock, so they run one class at a time, each class's
 * tests in order, as they did before; the API suites (not concurrent) keep their own order on theirs. They pause
 * while an API suite that needs the CPU to itself runs ({@link WithTheCpuToItself}).
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("the console test server")
@ResourceLock(value = WithTheCpuToItself.LOCK, mode = ResourceAccessMode.READ)
public abstract class OnTheConsoleServer extends CallingTheGateway {

    @Override
    protected final TestServer testServer() {
        return TestServer.CONSOLE;
    }
}
