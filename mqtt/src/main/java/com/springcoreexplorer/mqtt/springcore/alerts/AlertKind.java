package com.springcoreexplorer.mqtt.springcore.alerts;

/** The kinds an alert can have, with the fixed words of {@code watch --json}. */
public enum AlertKind {
    REBOOT("reboot"),
    OFFLINE("offline"),
    DEAD("dead"),
    BACK("back"),
    STALE("stale"),
    RULE("rule");

    private final String word;

    AlertKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** True for the kinds that say a reader is in trouble (everything but "back"). */
    public boolean isProblem() {
        return this != BACK;
    }
}
