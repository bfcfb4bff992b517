package com.springcoreexplorer.ui.engine;

import com.springcoreexplorer.mqtt.ingest.IngestPipeline;
import com.springcoreexplorer.mqtt.ingest.IngestSettings;
import com.springcoreexplorer.mqtt.profile.ProfileStore;
import com.springcoreexplorer.mqtt.springcore.SpringCoreModel;
import com.springcoreexplorer.mqtt.springcore.alerts.AlertEngine;
import com.springcoreexplorer.mqtt.springcore.alerts.AlertRules;
import com.springcoreexplorer.mqtt.springcore.health.FleetHealth;
import com.springcoreexplorer.ui.charts.SwitchingChartFeed;
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

    private final EngineFleetFeed fleet;
    private final SwitchingChartFeed charts;

    private EngineServices(
            IngestPipeline pipeline,
            SpringCoreModel springCore,
            EngineConnection connection,
            StoreCertificateService certificates,
            EngineFleetFeed fleet) {
        this.pipeline = pipeline;
        this.springCore = springCore;
        this.connection = connection;
        this.fleet = fleet;
        this.charts = new SwitchingChartFeed(new EngineChartFeed(pipeline, springCore));
        this.services = new ExplorerServices(
                certificates,
                connection,
                connection,
                new SpringCoreCommands(connection::topicPrefix),
                new EngineLiveFeed(pipeline, springCore, fleet, charts));
        this.refresher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "reader-staleness");
            thread.setDaemon(true);
            return thread;
        });
        // stale flags and decaying rates move with time even when nothing arrives
        refresher.scheduleAtFixedRate(
                () -> {
                    springCore.refresh();
                    fleet.tick(springCore.clock().instant());
                },
                1,
                1,
                TimeUnit.SECONDS);
        // the connected profile's alert rules apply
        connection.onStatus(status -> {
            if (status.connected()) {
                fleet.useProfile(status.profile());
            }
        });
    }

    public static EngineServices start(
            ProfileStore profiles, StoreCertificateService certificates, IngestSettings settings) {
        IngestPipeline pipeline = IngestPipeline.start(settings);
        SpringCoreModel springCore = new SpringCoreModel();
        pipeline.addMessageListener(springCore);
        // health first: the alert rules look at the batch's RSSI in it
        FleetHealth health = new FleetHealth();
        springCore.addListener(health);
        AlertEngine alerts = new AlertEngine(health, AlertRules.DEFAULTS);
        springCore.addListener(alerts);
        health.addListener(alerts);
        return new EngineServices(
                pipeline,
                springCore,
                new EngineConnection(profiles, certificates, pipeline),
                certificates,
                new EngineFleetFeed(health, alerts, profiles));
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

    public EngineFleetFeed fleet() {
        return fleet;
    }

    /** The charts window's points: the live connection's, or an opened recording's while it is shown. */
    public SwitchingChartFeed charts() {
        return charts;
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
