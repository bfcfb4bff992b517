package com.springcoreexplorer.app.architecture;

import static com.tngtech.archunit.core.domain.AccessTarget.Predicates.declaredIn;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import javafx.application.Platform;

/** The module and thread rules of docs/architecture.md, kept as code. */
final class ArchitectureRules {

    private static final String ROOT = "com.springcoreexplorer";

    static final ArchRule CERTSTORE_HAS_NO_JAVAFX = noClasses()
            .that()
            .resideInAPackage(ROOT + ".certstore..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx..")
            .because("certstore is plain Java: keys, certificates and the store, usable from the CLI");

    static final ArchRule MQTT_HAS_NO_JAVAFX = noClasses()
            .that()
            .resideInAPackage(ROOT + ".mqtt..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx..")
            .because("mqtt is the engine under both the GUI and the CLI");

    static final ArchRule UI_HAS_NO_HIVEMQ_OR_BOUNCY_CASTLE = noClasses()
            .that()
            .resideInAPackage(ROOT + ".ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.hivemq..", "org.bouncycastle..")
            .because("ui reaches MQTT and crypto only through the public APIs of mqtt and certstore");

    static final ArchRule CERTSTORE_KNOWS_NO_MQTT_OR_UI = noClasses()
            .that()
            .resideInAPackage(ROOT + ".certstore..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ROOT + ".mqtt..", ROOT + ".ui..", "com.hivemq..")
            .because("certstore sits at the bottom: mqtt uses it, never the other way round");

    static final ArchRule MQTT_KNOWS_NO_UI = noClasses()
            .that()
            .resideInAPackage(ROOT + ".mqtt..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ROOT + ".ui..")
            .because("the engine does not know who looks at it");

    static final ArchRule NOTHING_DEPENDS_ON_APP = noClasses()
            .that()
            .resideOutsideOfPackage(ROOT + ".app..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ROOT + ".app..")
            .because("app wires everything; nothing depends on app");

    static final ArchRule CERTSTORE_INTERNALS_STAY_INSIDE = noClasses()
            .that()
            .resideOutsideOfPackage(ROOT + ".certstore..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    ROOT + ".certstore.importing..",
                    ROOT + ".certstore.store..",
                    ROOT + ".certstore.validation..",
                    ROOT + ".certstore.roles..")
            .because("other modules use certstore's public API (its top package and pki), never its internals");

    static final ArchRule RUN_LATER_ONLY_IN_UI_FX = noClasses()
            .that()
            .resideInAPackage(ROOT + "..")
            .and()
            .resideOutsideOfPackage(ROOT + ".ui.fx..")
            .should()
            .accessTargetWhere(
                    JavaAccess.Predicates.target(declaredIn(Platform.class).and(name("runLater"))))
            .because(
                    "work reaches the FX thread through ui.fx (FxThread.later, Background, PulseCoalescer), in ui and in"
                            + " app alike (calls and method references), so every crossing is easy to find");

    static final ArchRule VIEW_MODELS_HOLD_NO_SCENE = noClasses()
            .that()
            .haveSimpleNameEndingWith("ViewModel")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx.scene..")
            .because(
                    "a view model is state the view binds to (javafx.beans, javafx.collections), testable without a scene");

    static final ArchRule UI_FEATURES_FREE_OF_CYCLES = slices().matching(ROOT + ".ui.(*)..")
            .should()
            .beFreeOfCycles()
            .because(
                    "each ui feature package can be read on its own: the shell uses the features, never the other way round");

    static final List<ArchRule> ALL = List.of(
            CERTSTORE_HAS_NO_JAVAFX,
            MQTT_HAS_NO_JAVAFX,
            UI_HAS_NO_HIVEMQ_OR_BOUNCY_CASTLE,
            CERTSTORE_KNOWS_NO_MQTT_OR_UI,
            MQTT_KNOWS_NO_UI,
            NOTHING_DEPENDS_ON_APP,
            CERTSTORE_INTERNALS_STAY_INSIDE,
            RUN_LATER_ONLY_IN_UI_FX,
            VIEW_MODELS_HOLD_NO_SCENE,
            UI_FEATURES_FREE_OF_CYCLES);

    private ArchitectureRules() {}
}
