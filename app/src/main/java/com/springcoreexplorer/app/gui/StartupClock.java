package com.springcoreexplorer.app.gui;

import java.lang.management.ManagementFactory;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Milliseconds since the JVM started at each step of opening the window, written to the log as one
 * line: start-up time is a feature (see README, Installers) and this is where to look when it slips.
 */
final class StartupClock {

    private final long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
    private final StringJoiner marks = new StringJoiner(", ", "start-up (ms since JVM start): ", "");

    StartupClock() {
        mark("FX start");
    }

    StartupClock mark(String step) {
        marks.add(step + " " + (System.currentTimeMillis() - jvmStartMillis));
        return this;
    }

    /** One mark on a line of its own, for steps that end after the window's report (demo connected, first tag row). */
    static void logMark(String step) {
        long since = System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getStartTime();
        LoggerFactory.getLogger(StartupClock.class).info("start-up (ms since JVM start): {} {}", step, since);
    }

    void report() {
        Logger log = LoggerFactory.getLogger(StartupClock.class);
        log.info("{}", marks);
    }
}
