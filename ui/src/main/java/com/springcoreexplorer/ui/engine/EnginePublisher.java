package com.springcoreexplorer.ui.engine;

import com.springcoreexplorer.mqtt.connection.MqttConnection;
import com.springcoreexplorer.mqtt.connection.PublishOutcome;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.recording.RecordedMessage;
import com.springcoreexplorer.ui.publish.PublishRequest;
import com.springcoreexplorer.ui.publish.PublishResult;
import java.util.concurrent.CompletableFuture;

/**
 * Publishing on the session's current connection: the publish panel's requests, clearing a retained
 * message, replaying a recorded message. Futures never fail: without a connection they carry
 * "not connected" at once.
 */
final class EnginePublisher {

    private final EngineSession session;

    EnginePublisher(EngineSession session) {
        this.session = session;
    }

    CompletableFuture<PublishResult> publish(PublishRequest request) {
        MqttConnection current = session.connection();
        if (current == null) {
            return notConnected();
        }
        return current.publish(
                        request.topic(), request.payload(), request.qos(), request.retain(), request.userProperties())
                .thenApply(EnginePublisher::result);
    }

    CompletableFuture<PublishResult> clearRetained(String topic) {
        MqttConnection current = session.connection();
        if (current == null) {
            return notConnected();
        }
        return current.clearRetained(topic).thenApply(outcome -> {
            PublishResult result = result(outcome);
            return result.accepted()
                    ? new PublishResult(true, false, "Retained message of " + topic + " cleared")
                    : result;
        });
    }

    /** A recorded message as it was received, MQTT 5 properties included. */
    CompletableFuture<PublishOutcome> publishRecorded(RecordedMessage message) {
        MqttConnection current = session.connection();
        if (current == null) {
            return CompletableFuture.completedFuture(new PublishOutcome.Failed("not connected; connect first"));
        }
        return current.publish(
                message.topic(), message.payload(), message.qos(), message.retain(), message.properties());
    }

    /** The topic prefix of the profile in use, or SpringCore's default before any connect. */
    String topicPrefix() {
        ConnectionProfile current = session.currentProfile();
        return current == null ? ConnectionProfile.DEFAULT_PREFIX : current.topicPrefix();
    }

    private static CompletableFuture<PublishResult> notConnected() {
        return CompletableFuture.completedFuture(new PublishResult(false, false, "Not sent: not connected"));
    }

    static PublishResult result(PublishOutcome outcome) {
        return switch (outcome) {
            case PublishOutcome.Accepted accepted -> new PublishResult(true, false, "Sent: " + accepted.describe());
            case PublishOutcome.Refused refused ->
                new PublishResult(false, refused.notAuthorized(), "Refused by the broker: " + refused.describe());
            case PublishOutcome.Failed failed -> new PublishResult(false, false, "Not sent: " + failed.message());
        };
    }
}
