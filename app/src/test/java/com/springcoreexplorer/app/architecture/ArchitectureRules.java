package com.springcoreexplorer.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/** The module rules of ../shared/DESIGN.md, kept as code. */
final class ArchitectureRules {

    private static final String ROOT = "com.springcoreexplorer";

    static final ArchRule CERTSTORE_HAS_NO_JAVAFX = noClasses().that().resideInAPackage(ROOT + ".certstore..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("certstore is plain Java: keys, certificates and the store, usable from the CLI");

    static final ArchRule MQTT_HAS_NO_JAVAFX = noClasses().that().resideInAPackage(ROOT + ".mqtt..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("mqtt is the engine under both the GUI and the CLI");

    static final ArchRule UI_HAS_NO_HIVEMQ_OR_BOUNCY_CASTLE = noClasses().that().resideInAPackage(ROOT + ".ui..")
            .should().dependOnClassesThat().resideInAnyPackage("com.hivemq..", "org.bouncycastle..")
            .because("ui reaches MQTT and crypto only through the public APIs of mqtt and certstore");

    static final ArchRule CERTSTORE_KNOWS_NO_MQTT_OR_UI = noClasses().that().resideInAPackage(ROOT + ".certstore..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".mqtt..", ROOT + ".ui..", "com.hivemq..")
            .because("certstore sits at the bottom: mqtt uses it, never the other way round");

    static final ArchRule MQTT_KNOWS_NO_UI = noClasses().that().resideInAPackage(ROOT + ".mqtt..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".ui..")
            .because("the engine does not know who looks at it");

    static final ArchRule NOTHING_DEPENDS_ON_APP = noClasses().that().resideOutsideOfPackage(ROOT + ".app..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".app..")
            .because("app wires everything; nothing depends on app");

    static final List<ArchRule> ALL = List.of(CERTSTORE_HAS_NO_JAVAFX, MQTT_HAS_NO_JAVAFX, UI_HAS_NO_HIVEMQ_OR_BOUNCY_CASTLE,
            CERTSTORE_KNOWS_NO_MQTT_OR_UI, MQTT_KNOWS_NO_UI, NOTHING_DEPENDS_ON_APP);

    private ArchitectureRules() {
    }
}
