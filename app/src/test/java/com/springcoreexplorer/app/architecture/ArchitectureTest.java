package com.springcoreexplorer.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.app.archviolation.WiringThatCallsRunLater;
import com.springcoreexplorer.app.archviolation.WiringThatPassesRunLater;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        // our own modules arrive as folders or as jars (after packaging): both are imported
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // test fixtures shared as test-jars (ui.testing, mqtt.testing, ...) arrive as jars after packaging
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("com.springcoreexplorer");
    }

    static Stream<ArchRule> rules() {
        return ArchitectureRules.ALL.stream();
    }

    @Test
    void everyModuleIsImported() {
        for (String module : new String[] {"certstore", "mqtt", "ui", "app"}) {
            assertThat(production.stream()
                            .anyMatch(c -> c.getPackageName().startsWith("com.springcoreexplorer." + module)))
                    .as("classes of module %s are checked", module)
                    .isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void productionCodeKeepsTheModuleRules(ArchRule rule) {
        rule.check(production);
    }

    /** The rules must bite: a deliberately bad class set (test-only classes) breaks each of them. */
    @Test
    void rulesFailOnDeliberatelyBadClasses() {
        JavaClasses bad = new ClassFileImporter()
                .importPackages("com.springcoreexplorer.mqtt.archviolation", "com.springcoreexplorer.ui.archviolation");
        assertViolated(ArchitectureRules.MQTT_HAS_NO_JAVAFX, bad);
        assertViolated(ArchitectureRules.UI_HAS_NO_HIVEMQ_OR_BOUNCY_CASTLE, bad);
        assertViolated(ArchitectureRules.NOTHING_DEPENDS_ON_APP, bad);
        assertViolated(ArchitectureRules.MQTT_KNOWS_NO_UI, bad);
        assertViolated(ArchitectureRules.CERTSTORE_INTERNALS_STAY_INSIDE, bad);
        assertViolated(ArchitectureRules.RUN_LATER_ONLY_IN_UI_FX, bad);
        // app code too, whether it calls Platform.runLater or passes it on as a method reference
        assertViolated(
                ArchitectureRules.RUN_LATER_ONLY_IN_UI_FX,
                new ClassFileImporter().importClasses(WiringThatCallsRunLater.class));
        assertViolated(
                ArchitectureRules.RUN_LATER_ONLY_IN_UI_FX,
                new ClassFileImporter().importClasses(WiringThatPassesRunLater.class));
        assertViolated(ArchitectureRules.VIEW_MODELS_HOLD_NO_SCENE, bad);
        assertViolated(
                ArchitectureRules.UI_FEATURES_FREE_OF_CYCLES,
                new ClassFileImporter()
                        .importPackages(
                                "com.springcoreexplorer.ui.archviolation", "com.springcoreexplorer.ui.archcycle"));
    }

    private static void assertViolated(ArchRule rule, JavaClasses classes) {
        EvaluationResult result = rule.evaluate(classes);
        assertThat(result.hasViolation())
                .as("rule must fail: %s", rule.getDescription())
                .isTrue();
    }
}
