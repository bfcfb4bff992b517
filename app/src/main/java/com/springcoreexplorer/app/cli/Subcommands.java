package com.springcoreexplorer.app.cli;

import picocli.CommandLine;

/** The one list of top-level commands. Each feature adds its command class here. */
final class Subcommands {

    private Subcommands() {}

    static void registerAll(CommandLine root) {
        // certstore: certs, trust        (issue: certstore)
        // mqtt: profiles, doctor, sub, pub (issue: mqtt)
        // springcore: devices, send       (issue: SpringCore domain)
        root.addSubcommand(new com.springcoreexplorer.app.cli.springcore.DevicesCommand());
        root.addSubcommand(new com.springcoreexplorer.app.cli.springcore.SendCommand());
        root.addSubcommand(new com.springcoreexplorer.app.cli.springcore.WatchCommand());
        // demo, broker-kit                (issue: demo mode)
        root.addSubcommand(new com.springcoreexplorer.app.cli.certs.CertsCommand());
        root.addSubcommand(new com.springcoreexplorer.app.cli.certs.TrustCommand());
        root.addSubcommand(new com.springcoreexplorer.app.cli.mqtt.ProfilesCommand());
        root.addSubcommand(new com.springcoreexplorer.app.cli.mqtt.DoctorCommand());
        root.addSubcommand(new com.springcoreexplorer.app.cli.mqtt.SubscribeCommand());
        root.addSubcommand(new com.springcoreexplorer.app.cli.mqtt.PublishCommand());
        root.addSubcommand(new com.springcoreexplorer.app.cli.demo.DemoCommand());
        root.addSubcommand(new com.springcoreexplorer.app.cli.demo.BrokerKitCommand());
        // flight recorder: record, history, replay (issue 15)
        root.addSubcommand(new com.springcoreexplorer.app.cli.record.RecordCommand());
        root.addSubcommand(new com.springcoreexplorer.app.cli.record.HistoryCommand());
        root.addSubcommand(new com.springcoreexplorer.app.cli.record.ReplayCommand());
    }
}
