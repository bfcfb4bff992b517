package com.springcoreexplorer.ui.connection;

import com.springcoreexplorer.mqtt.topic.TopicFilters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** What is wrong with a profile as typed, per field, in words (empty map: fine). */
public final class ProfileValidation {

    private ProfileValidation() {}

    /**
     * @param form          the profile as typed
     * @param portText      the port field's text (it may not be a number yet)
     * @param takenNames    names of other profiles
     * @param subscriptions the subscriptions field's lines
     */
    public static Map<String, String> problems(
            ProfileForm form, String portText, Set<String> takenNames, String subscriptions) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (form.name().isBlank()) {
            problems.put("name", "Give the profile a name, e.g. \"Site A broker\"");
        } else if (takenNames.contains(form.name())) {
            problems.put("name", "A profile named \"" + form.name() + "\" exists already: choose another name");
        }
        if (form.host().isBlank()) {
            problems.put("host", "Enter the broker's host name or IP address");
        } else if (form.host().contains(" ") || form.host().contains("://")) {
            problems.put("host", "Only the host name, without spaces or scheme, e.g. broker.example.com");
        }
        try {
            int port = Integer.parseInt(portText.strip());
            if (port < 1 || port > 65535) {
                problems.put("port", "A port is between 1 and 65535 (MQTT over TLS: 8883)");
            }
        } catch (NumberFormatException e) {
            problems.put("port", "The port is a number (MQTT over TLS: 8883)");
        }
        if (form.identity().isBlank()) {
            problems.put("identity", "Choose the certificate to connect with (import one in Certificates first)");
        }
        if (form.clientId().length() > 65535) {
            problems.put("clientId", "The client ID is too long");
        }
        if (form.topicPrefix().isBlank()) {
            problems.put("prefix", "Enter the SpringCore topic prefix (default springcard/springcore)");
        } else if (TopicFilters.hasWildcard(form.topicPrefix())) {
            problems.put("prefix", "The prefix is a topic, not a filter: no + or #");
        }
        String[] lines = subscriptions.split("\n");
        int count = 0;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            count++;
            String problem = filterProblem(line);
            if (problem != null) {
                problems.put("subscriptions", problem);
                break;
            }
        }
        if (count == 0 && !problems.containsKey("subscriptions")) {
            problems.put("subscriptions", "Subscribe to at least one filter, e.g. springcard/springcore/#");
        }
        return problems;
    }

    /** The largest session expiry in minutes (MQTT 5 allows 4294967295 s). */
    public static final long MAX_SESSION_MINUTES = 0xFFFF_FFFFL / 60;

    /** What is wrong with the "Keep my session while offline" minutes as typed; null when fine (empty = 0). */
    public static String sessionMinutesProblem(String minutesText) {
        String text = minutesText.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            long minutes = Long.parseLong(text);
            return minutes < 0 || minutes > MAX_SESSION_MINUTES
                    ? "From 0 (start clean) to " + MAX_SESSION_MINUTES + " minutes"
                    : null;
        } catch (NumberFormatException e) {
            return "Whole minutes, e.g. 60 for an hour";
        }
    }

    static String filterProblem(String filter) {
        return TopicFilters.problem(filter).orElse(null); // MQTT filter syntax has one home: mqtt.topic
    }
}
