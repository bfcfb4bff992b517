package com.springcoreexplorer.mqtt.connection;

import java.util.Optional;

/**
 * Hands the MQTT password for a profile's {@code passwordRef} (from the OS keychain or the encrypted
 * store). The connection copies it into the CONNECT packet and never logs or keeps it.
 */
@FunctionalInterface
public interface PasswordSource {

    PasswordSource NONE = reference -> Optional.empty();

    Optional<char[]> password(String passwordRef);
}
