package com.springcoreexplorer.app.cli.springcore;

import com.springcoreexplorer.app.cli.CliFailure;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.springcore.ProfileDecoding;
import com.springcoreexplorer.mqtt.springcore.decode.DecoderSettings;

/** What the SpringCore commands add to {@link com.springcoreexplorer.app.cli.session.ProfileSession}: the profile's decoder settings. */
final class SpringCoreCommandSupport {

    private SpringCoreCommandSupport() {}

    /** The profile's prefix and decoding rules, or exit code 2 with one line when they are unusable. */
    static DecoderSettings decoderSettings(ConnectionProfile profile) {
        return switch (ProfileDecoding.settingsOf(profile)) {
            case ProfileDecoding.Result.Settings s -> s.settings();
            case ProfileDecoding.Result.Invalid invalid -> throw CliFailure.badInput(invalid.message());
        };
    }
}
