package com.maiagentgateway.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any integration test runs (Arquillian included), waits for the test server the build started in the
 * background to answer: it boots while WildFly is provisioned. Does nothing in the unit-test run, which has no server.
 * And first starts the receiver the test servers export their traces to.
 */
public final class TestServerReady implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("otlp.receiver.port") != null) {
            TraceReceiver.start(Integer.getInteger("otlp.receiver.port"));
        }
        if (System.getProperty("it.http.port") != null) {
            TestServer.gateway();
        }
    }
}
