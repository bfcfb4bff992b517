package com.springcoreexplorer.mqtt.springcore.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and writes alert rules (a JSON array of rule objects); every problem is one line for the user. */
public final class AlertRules {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** What a profile without rules watches: offline/dead, back, stale and reboot of every reader. */
    public static final List<AlertRule> DEFAULTS = List.of(
            new AlertRule.Offline(null, null),
            new AlertRule.Back(null, null),
            new AlertRule.Stale(null, null),
            new AlertRule.Reboot(null, null));

    private AlertRules() {}

    public sealed interface Parsed {
        record Rules(List<AlertRule> rules) implements Parsed {}

        record Invalid(String message) implements Parsed {}
    }

    /** Parses rules as kept in a profile. */
    public static Parsed fromJsonNodes(List<JsonNode> nodes) {
        List<AlertRule> rules = new ArrayList<>();
        int index = 0;
        for (JsonNode node : nodes) {
            index++;
            try {
                AlertRule rule = JSON.treeToValue(node, AlertRule.class);
                Optional<String> problem = rule.problem();
                if (problem.isPresent()) {
                    return new Parsed.Invalid(problem.get());
                }
                rules.add(rule);
            } catch (InvalidTypeIdException e) {
                return new Parsed.Invalid(
                        "alert rule " + index + ": unknown or missing \"type\"; use one of offline, back, stale, "
                                + "reboot, noReads, rssiBelow, tagWatch, tagAllow, value");
            } catch (UnrecognizedPropertyException e) {
                return new Parsed.Invalid(
                        "alert rule " + index + " (" + node.path("type").asText("?") + "): unknown field \""
                                + e.getPropertyName() + "\"; see docs/fleet.md for the fields of each rule");
            } catch (JsonProcessingException | IllegalArgumentException e) {
                return new Parsed.Invalid(
                        "alert rule " + index + " (" + node.path("type").asText("?")
                                + "): a field has the wrong type; see docs/fleet.md for the fields of each rule");
            }
        }
        return new Parsed.Rules(List.copyOf(rules));
    }

    /** Parses JSON text: an array of rules, or an object with {@code "alertRules"} (a profile entry). */
    public static Parsed fromText(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return new Parsed.Invalid("the rules are not valid JSON (line "
                    + e.getLocation().getLineNr() + "); give an array of rule objects");
        }
        if (root != null && root.isObject() && root.has("alertRules")) {
            root = root.get("alertRules");
        }
        if (root == null || !root.isArray()) {
            return new Parsed.Invalid("the rules must be a JSON array of rule objects, e.g. [{\"type\":\"reboot\"}]");
        }
        List<JsonNode> nodes = new ArrayList<>();
        root.forEach(nodes::add);
        return fromJsonNodes(nodes);
    }

    /** The profile's rules; a profile without any gets {@link #DEFAULTS}. */
    public static Parsed ofProfile(com.springcoreexplorer.mqtt.profile.ConnectionProfile profile) {
        if (profile.alertRules().isEmpty()) {
            return new Parsed.Rules(DEFAULTS);
        }
        return switch (fromJsonNodes(profile.alertRules())) {
            case Parsed.Invalid invalid -> new Parsed.Invalid("profile '" + profile.name() + "': " + invalid.message());
            case Parsed.Rules rules -> rules;
        };
    }

    /** Reads a rules file ({@code watch --rules FILE}). */
    public static Parsed fromFile(Path file) {
        try {
            return switch (fromText(Files.readString(file))) {
                case Parsed.Invalid invalid -> new Parsed.Invalid(file + ": " + invalid.message());
                case Parsed.Rules rules -> rules;
            };
        } catch (NoSuchFileException e) {
            return new Parsed.Invalid(
                    "rules file " + file + " does not exist; give the path of a JSON file of alert rules");
        } catch (IOException e) {
            return new Parsed.Invalid("cannot read rules file " + file + ": " + e.getMessage());
        }
    }

    /** Rules as JSON nodes, to keep in a profile. */
    public static List<JsonNode> toJsonNodes(List<AlertRule> rules) {
        return rules.stream().map(r -> (JsonNode) JSON.valueToTree(r)).toList();
    }

    /** Rules as pretty JSON text (the rules editor). */
    public static String toText(List<AlertRule> rules) {
        try {
            return JSON.writerWithDefaultPrettyPrinter()
                    .forType(JSON.getTypeFactory().constructCollectionType(List.class, AlertRule.class))
                    .writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("alert rules always serialise", e);
        }
    }
}
