package com.maiagentgateway.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (the build fetches it from the npm registry, see the gateway's pom) run in the page Chromium
 * shows: the WCAG 2.1 A and AA rules, and the violations a person would be stopped by (serious, critical).
 */
public final class Accessibility {

    private static final String AXE = load();

    /** One rule broken on one page: its id, impact, what axe says, and where (the first few elements). */
    public record Violation(String rule, String impact, String help, List<String> where) {
        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + ") at " + where;
        }
    }

    private Accessibility() {
    }

    /** The serious and critical violations of the page the driver shows now. */
    @SuppressWarnings("unchecked")
    public static List<Violation> seriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(AXE);
        Object result = js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})"
                        + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + ".map(v => ({rule: v.id, impact: v.impact, help: v.help,"
                        + " where: v.nodes.slice(0, 4).map(n => n.target.join(' ') + (n.any.length ? ': ' + n.any[0].message : ''))}))))"
                        + ".catch(e => done([{rule: 'axe-error', impact: 'critical', help: String(e), where: []}]));");
        return ((List<Map<String, Object>>) result).stream()
                .map(v -> new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"), (List<String>) v.get("where")))
                .toList();
    }

    private static String load() {
        Path script = Path.of(System.getProperty("axe.script", "target/axe/node_modules/axe-core/axe.min.js"));
        try {
            return Files.readString(script);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is fetched by the build (npm) into " + script, e);
        }
    }
}
