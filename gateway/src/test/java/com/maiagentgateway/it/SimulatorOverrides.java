package com.maiagentgateway.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Simulator settings for the tests of one class ({@code "stream-delay-ms=250"}: names after
 * {@code maiagent.simulator.}), set on the test server's simulator before them and dropped after.
 * Put it after Arquillian's extension, which starts the server.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(SimulatorOverrides.Extension.class)
public @interface SimulatorOverrides {

    String[] value();

    final class Extension implements BeforeAllCallback, AfterAllCallback {

        /** Only the test's own JVM talks to the simulator: in-container runs of the class (no it.http.port) do nothing. */
        private static boolean outsideTheServer() {
            return System.getProperty("it.http.port") != null;
        }

        @Override
        public void beforeAll(ExtensionContext context) {
            if (!outsideTheServer()) {
                return;
            }
            String[] settings = context.getRequiredTestClass().getAnnotation(SimulatorOverrides.class).value();
            String[] namesAndValues = new String[settings.length * 2];
            for (int i = 0; i < settings.length; i++) {
                int eq = settings[i].indexOf('=');
                namesAndValues[2 * i] = settings[i].substring(0, eq);
                namesAndValues[2 * i + 1] = settings[i].substring(eq + 1);
            }
            SimulatorClient.onTestServer().settings(namesAndValues);
        }

        @Override
        public void afterAll(ExtensionContext context) {
            if (outsideTheServer()) {
                SimulatorClient.onTestServer().resetSettings();
            }
        }
    }
}
