package com.springcoreexplorer.ui.publish;

import java.util.concurrent.CompletableFuture;

/** The publish panel's port onto the connection; futures never fail, they carry a {@link PublishResult}. */
public interface PublishService {

    CompletableFuture<PublishResult> publish(PublishRequest request);

    /** Clears a topic's retained message (empty retained publish). */
    CompletableFuture<PublishResult> clearRetained(String topic);
}
