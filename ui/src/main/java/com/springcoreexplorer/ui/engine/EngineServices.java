package com.springcoreexplorer.ui.engine;

import com.springcoreexplorer.mqtt.ingest.IngestPipeline;
import com.springcoreexplorer.mqtt.ingest.IngestSettings;
import com.springcoreexplorer.mqtt.profile.ProfileStore;
import com.springcoreexplorer.mqtt.springcore.SpringCoreModel;
import com.springcoreexplorer.ui.shell.ExplorerServices;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The real engine behind the window: one ingest pipeline with the SpringCore decoder on it, the
 * profile store, the certificate store and the one connection. {@link #close()} releases it all.
 */
public final class EngineServices implements AutoCloseable {

    private final IngestPipeline pipeline;
    private final SpringCoreModel springCore;
    private final EngineConnection connection;
    private final ExplorerServices services;
    private final ScheduledExecutorService refresher;

    private EngineServices(IngestPipeline pipeline, SpringCoreModel springCore, EngineConnection connection,
                           StoreCertificateService certificates) {
        this.pipeline = pipeline;
        this.springCore = springCore;
        this.connection = connection;
        this.services = new ExplorerServices(certificates, connection, connection, new SpringCoreCommands(connection::topicPrefix),
                new EngineLiveFeed(pipeline, springCore));
        this.refresher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "reader-staleness");
            thread.setDaemon(true);
            return thread;
        });
        // stale flags and decaying rates move with time even when nothing arrives
        refresher.scheduleAtFixedRate(springCore::refresh, 1, 1, TimeUnit.SECONDS);
    }

    public static EngineServices start(ProfileStore profiles, StoreCertificateService certificates, IngestSettings settings) {
        IngestPipeline pipeline = IngestPipeline.start(settings);
        SpringCoreModel springCore = new SpringCoreModel();
        pipeline.addMessageListener(springCore);
        return new EngineServices(pipeline, springCore, new EngineConnection(profiles, certificates, pipeline), certificates);
    }

    public ExplorerServices services() {
        return services;
    }

    public IngestPipeline pipeline() {
        return pipeline;
    }

    public EngineConnection connection() {
        return connection;
    }

    public SpringCoreModel springCore() {
        return springCore;
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        connection.close();
        pipeline.close();
    }
}
