package com.springcoreexplorer.app.cli.springcore;

import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.springcore.SpringCoreJsonAnnotator;

/** The {@code "event"} and {@code "device"} fields of {@code sub --json}, decoded with the profile's prefix and rules. */
public final class SpringCoreAnnotations {

    private SpringCoreAnnotations() {}

    /** Fails with exit code 2 and one line when the profile's prefix or decoding rules are unusable. */
    public static SpringCoreJsonAnnotator forProfile(ConnectionProfile profile) {
        return new SpringCoreJsonAnnotator(SpringCoreCommandSupport.decoderSettings(profile));
    }
}
