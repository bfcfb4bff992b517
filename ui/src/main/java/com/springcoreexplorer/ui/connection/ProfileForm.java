package com.springcoreexplorer.ui.connection;

import java.util.List;

/**
 * A connection profile as the editor shows it; the adapter turns it into the engine's profile.
 *
 * @param name          unique profile name
 * @param host          broker host
 * @param port          TCP port (8883)
 * @param identity      stored certificate name
 * @param trustAnchors  stored trust anchor names (empty: all)
 * @param clientId      client ID, "" = the certificate's CN
 * @param mqtt5         MQTT 5 (true, default) or 3.1.1
 * @param topicPrefix   SpringCore topic prefix
 * @param subscriptions topic filters subscribed on connect
 * @param sessionExpirySeconds how long the broker keeps the session while offline; 0 = a clean start every time
 */
public record ProfileForm(
        String name,
        String host,
        int port,
        String identity,
        List<String> trustAnchors,
        String clientId,
        boolean mqtt5,
        String topicPrefix,
        List<String> subscriptions,
        long sessionExpirySeconds) {

    public static final int DEFAULT_PORT = 8883;
    public static final String DEFAULT_PREFIX = "springcard/springcore";

    public ProfileForm {
        trustAnchors = List.copyOf(trustAnchors);
        subscriptions = List.copyOf(subscriptions);
        clientId = clientId == null ? "" : clientId;
    }

    /** A form with a clean start (no session kept while offline). */
    public ProfileForm(
            String name,
            String host,
            int port,
            String identity,
            List<String> trustAnchors,
            String clientId,
            boolean mqtt5,
            String topicPrefix,
            List<String> subscriptions) {
        this(name, host, port, identity, trustAnchors, clientId, mqtt5, topicPrefix, subscriptions, 0);
    }

    /** The same profile with other trust anchors. */
    public ProfileForm withTrustAnchors(List<String> anchors) {
        return new ProfileForm(
                name, host, port, identity, anchors, clientId, mqtt5, topicPrefix, subscriptions, sessionExpirySeconds);
    }

    /** A new profile with the defaults a SpringCore user expects. */
    public static ProfileForm blank() {
        return new ProfileForm(
                "", "", DEFAULT_PORT, "", List.of(), "", true, DEFAULT_PREFIX, List.of(DEFAULT_PREFIX + "/#"));
    }
}
