package com.springcoreexplorer.mqtt.springcore;

import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.springcore.decode.DecoderSettings;
import com.springcoreexplorer.mqtt.springcore.decode.ScrdrCodeTable;
import com.springcoreexplorer.mqtt.springcore.rules.DecodingRules;
import com.springcoreexplorer.mqtt.springcore.topic.TopicPrefix;
import java.util.Optional;

/** The decoder settings a connection profile describes (its topic prefix and decoding rules). */
public final class ProfileDecoding {

    private ProfileDecoding() {}

    /** Settings, or one line for the user saying what in the profile is wrong. */
    public sealed interface Result {
        record Settings(DecoderSettings settings) implements Result {}

        record Invalid(String message) implements Result {}
    }

    public static Result settingsOf(ConnectionProfile profile, ScrdrCodeTable codes) {
        Optional<String> prefixProblem = TopicPrefix.problem(profile.topicPrefix());
        if (prefixProblem.isPresent()) {
            return new Result.Invalid("profile '" + profile.name() + "': " + prefixProblem.get());
        }
        return switch (DecodingRules.fromJsonNodes(profile.decodingRules())) {
            case DecodingRules.Parsed.Rules rules ->
                new Result.Settings(new DecoderSettings(new TopicPrefix(profile.topicPrefix()), rules.rules(), codes));
            case DecodingRules.Parsed.Invalid invalid ->
                new Result.Invalid("profile '" + profile.name() + "': " + invalid.message());
        };
    }

    public static Result settingsOf(ConnectionProfile profile) {
        return settingsOf(profile, ScrdrCodeTable.EMPTY);
    }
}
