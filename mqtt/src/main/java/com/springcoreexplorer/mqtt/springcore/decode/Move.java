package com.springcoreexplorer.mqtt.springcore.decode;

import java.util.Locale;

/**
 * Whether the tag arrived or left. Current firmware sends {@code Move} ({@code Insert}, {@code Remove},
 * {@code Insert,Remove}), older firmware {@code State} ({@code Insert/Remove}...), $SCRDR {@code I}, {@code R}, {@code IR}.
 */
public enum Move {
    /** No movement tracking (field absent or empty). */
    NONE(""),
    INSERT("Insert"),
    REMOVE("Remove"),
    /** A short apparition: inserted then removed. */
    INSERT_REMOVE("Insert,Remove"),
    /** A value no firmware documents; the text is kept on the event. */
    UNKNOWN("?");

    private final String label;

    Move(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads any of the three spellings; never throws. */
    public static Move parse(String text) {
        if (text == null) {
            return NONE;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "" -> NONE;
            case "insert", "i" -> INSERT;
            case "remove", "r" -> REMOVE;
            case "insert,remove", "insert/remove", "insert, remove", "ir" -> INSERT_REMOVE;
            default -> UNKNOWN;
        };
    }
}
