package com.springcoreexplorer.ui.events;

import java.time.Instant;

/**
 * One decoded tag event as a table row; immutable, made by the engine adapter from the decoder's
 * event (the view decodes nothing).
 *
 * @param time      when it was received
 * @param device    the reader's ID (the topic level)
 * @param iface     Interface ("13.56", "900", "bluetooth") or ""
 * @param protocol  Protocol (NFC-A, ...) or ""
 * @param tagId     TagId
 * @param move      Insert / Remove / Insert,Remove or ""
 * @param rssi      RSSI or null
 * @param data      TagData or ""
 * @param warnings  decoder warnings in one line ("" when none)
 * @param topic     the topic it came from
 */
public record TagEventRow(
        Instant time,
        String device,
        String iface,
        String protocol,
        String tagId,
        String move,
        Integer rssi,
        String data,
        String warnings,
        String topic) {

    /** The row object, its Instant and Integer, and eight String headers with their arrays (64-bit JVM, compressed oops). */
    private static final long FIXED_BYTES = 56 + 24 + 16 + 8 * 40;

    /**
     * Roughly the memory the row holds, for the table's byte budget: the fixed part plus a byte a
     * character (the JVM keeps Latin-1 text, which TagId, TagData and topics are, a byte a character).
     */
    public long estimatedBytes() {
        return FIXED_BYTES
                + chars(device)
                + chars(iface)
                + chars(protocol)
                + chars(tagId)
                + chars(move)
                + chars(data)
                + chars(warnings)
                + chars(topic);
    }

    private static int chars(String text) {
        return text == null ? 0 : text.length();
    }

    /** Whether any column contains {@code text}, ignoring case (the table's quick filter). */
    public boolean contains(String lowerCaseText) {
        return lowerCaseText.isEmpty()
                || device.toLowerCase().contains(lowerCaseText)
                || tagId.toLowerCase().contains(lowerCaseText)
                || protocol.toLowerCase().contains(lowerCaseText)
                || iface.toLowerCase().contains(lowerCaseText)
                || data.toLowerCase().contains(lowerCaseText)
                || warnings.toLowerCase().contains(lowerCaseText);
    }
}
