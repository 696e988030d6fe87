package com.maiagentgateway.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.List;
import java.util.stream.Stream;

/**
 * The floors of shared/DESIGN.md ("Layout"), held by a test rather than by review: an import may point down
 * or sideways, never up; no package cycles; the front doors go through services; JAX-RS stays in the front
 * doors (and inside the Rest Client); time comes from the injected clock.
 */
@AnalyzeClasses(packages = "com.maiagentgateway", importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.ProductOnly.class})
class ArchitectureTest {

    /** The simulator's classes are on the tests' class path, but it is another application with rules of its own. */
    static final class ProductOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/com/maiagentgateway/simulator/");
        }
    }

    private static final String ROOT = "com.maiagentgateway.";

    /** The floors, ground first; each may use the ones before it and its own, never a later one. */
    static final List<List<String>> FLOORS = List.of(
            List.of("platform", "model"),
            List.of("store"),
            List.of("upstream", "notify"),
            List.of("problem"),
            List.of("security"),
            List.of("service"),
            List.of("live"),
            List.of("api", "console", "health"));

    @ArchTest
    static void importsPointDownOrSideways(JavaClasses classes) {
        for (int floor = 0; floor < FLOORS.size() - 1; floor++) {
            String[] here = packages(FLOORS.get(floor).stream());
            String[] above = packages(FLOORS.subList(floor + 1, FLOORS.size()).stream().flatMap(List::stream));
            noClasses().that().resideInAnyPackage(here)
                    .should().dependOnClassesThat().resideInAnyPackage(above)
                    .because("an import may point down or sideways, never up (shared/DESIGN.md, Layout)")
                    .check(classes);
        }
    }

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("com.maiagentgateway.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule frontDoorsGoThroughServices = noClasses()
            .that().resideInAnyPackage(ROOT + "api..", ROOT + "console..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + "store..")
            .because("the API and the console sit on the services, which own the database");

    @ArchTest
    static final ArchRule noJaxRsBelowTheFrontDoors = noClasses()
            .that().resideInAnyPackage(ROOT + "service..", ROOT + "store..", ROOT + "model..", ROOT + "platform..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
            .because("HTTP is the front doors' business; services answer in the domain's terms");

    /** The Rest Client is JAX-RS by nature; what upstream/ hands the services is not. */
    @ArchTest
    static final ArchRule upstreamHandsOnNoJaxRsTypes = ArchRuleDefinition.methods()
            .that().areDeclaredInClassesThat().resideInAPackage(ROOT + "upstream..")
            .and().arePublic()
            .and().areDeclaredInClassesThat(describe("are not the Rest Client or its providers",
                    (JavaClass c) -> !c.isInterface() && !c.isAnnotatedWith("jakarta.ws.rs.ext.Provider")
                            && c.getAllRawInterfaces().stream().noneMatch(i -> i.getPackageName().startsWith("org.eclipse.microprofile.rest.client"))))
            .should(new ArchCondition<JavaMethod>("take and return no JAX-RS types") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    boolean jaxRs = Stream.concat(Stream.of(method.getRawReturnType()), method.getRawParameterTypes().stream())
                            .anyMatch(t -> t.getPackageName().startsWith("jakarta.ws.rs"));
                    if (jaxRs) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " speaks JAX-RS"));
                    }
                }
            })
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule timeComesFromTheClock = noClasses()
            .that().resideOutsideOfPackage(ROOT + "platform..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.ZonedDateTime.class, "now")
            .orShould().callMethod(java.time.OffsetDateTime.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(java.time.Clock.class, "systemUTC")
            .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
            .because("the injected Clock (platform/SystemTime) is the one notion of time, so tests can set it");

    @ArchTest
    static final ArchRule openTelemetryStaysBehindTraces = noClasses()
            .that().haveNameNotMatching(java.util.regex.Pattern.quote(ROOT + "platform.OpenTelemetryTraces") + "(\\$.*)?")
            .and().resideOutsideOfPackage("io.opentelemetry..")
            .should().dependOnClassesThat().resideInAPackage("io.opentelemetry..")
            .because("a server without OpenTelemetry (WildFly without its subsystem, a dropins deployment) must never load "
                    + "its types: platform/Traces loads OpenTelemetryTraces only where the API is visible");

    private static String[] packages(Stream<String> names) {
        return names.map(n -> ROOT + n + "..").toArray(String[]::new);
    }
}
