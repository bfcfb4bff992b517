package com.springcoreexplorer.mqtt.springcore.decode;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.springcoreexplorer.mqtt.springcore.sctext.Hex;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Names for the 2-digit hex Interface and Protocol codes of {@code $SCRDR} lines. SpringCard's MQTT
 * pages name the interfaces and protocols (the JSON strings below) but do not publish which hex code
 * stands for which, so the table starts empty and the user fills it (saved with the profile); codes
 * without a name are shown as {@code 0x13}, never as a failure.
 *
 * @param interfaces  2-digit upper-case hex code to name, e.g. {@code "13" -> "13.56"}
 * @param protocols   2-digit upper-case hex code to name, e.g. {@code "01" -> "NFC-A"}
 * @param signedRssi  read the RSSI byte as signed (two's complement dBm, e.g. C4 = -60) instead of 0..255;
 *                    the vendor does not say, so it is a setting (default unsigned, as written)
 */
public record ScrdrCodeTable(Map<String, String> interfaces, Map<String, String> protocols, boolean signedRssi) {

    /** No names known: every code shows as hex. */
    public static final ScrdrCodeTable EMPTY = new ScrdrCodeTable(Map.of(), Map.of(), false);

    /** The interface names SpringCard documents for JSON events, offered when the user names a code. */
    public static final List<String> DOCUMENTED_INTERFACES = List.of("13.56", "900", "bluetooth");

    /** The protocol names SpringCard documents for JSON events, offered when the user names a code. */
    public static final List<String> DOCUMENTED_PROTOCOLS = List.of(
            "NFC-A",
            "NFC-B",
            "NFC-C",
            "NFC-F",
            "NFC-EPC",
            "Inside-Pico",
            "NFC-T1T",
            "EM_4134",
            "ST-SR",
            "ASK-CTS",
            "Innovatron",
            "UHF-EPC",
            "BLE",
            "iBeacon",
            "Eddystone",
            "SpringBlue",
            "OrangePackId");

    @JsonCreator
    public ScrdrCodeTable(
            @JsonProperty("interfaces") Map<String, String> interfaces,
            @JsonProperty("protocols") Map<String, String> protocols,
            @JsonProperty("signedRssi") boolean signedRssi) {
        this.interfaces = normalise(interfaces);
        this.protocols = normalise(protocols);
        this.signedRssi = signedRssi;
    }

    /** The name of an interface code, or {@code 0x13} when unknown. */
    public String interfaceName(int code) {
        return name(interfaces, code);
    }

    /** The name of a protocol code, or {@code 0x05} when unknown. */
    public String protocolName(int code) {
        return name(protocols, code);
    }

    public ScrdrCodeTable withInterface(int code, String name) {
        Map<String, String> copy = new TreeMap<>(interfaces);
        copy.put(key(code), name);
        return new ScrdrCodeTable(copy, protocols, signedRssi);
    }

    public ScrdrCodeTable withProtocol(int code, String name) {
        Map<String, String> copy = new TreeMap<>(protocols);
        copy.put(key(code), name);
        return new ScrdrCodeTable(interfaces, copy, signedRssi);
    }

    public ScrdrCodeTable withSignedRssi(boolean signed) {
        return new ScrdrCodeTable(interfaces, protocols, signed);
    }

    private static String name(Map<String, String> table, int code) {
        String name = table.isEmpty() ? null : table.get(key(code));
        return name != null ? name : "0x" + Hex.byte2(code);
    }

    private static String key(int code) {
        return Hex.byte2(code);
    }

    private static Map<String, String> normalise(Map<String, String> table) {
        if (table == null || table.isEmpty()) {
            return Map.of();
        }
        Map<String, String> out = new TreeMap<>();
        table.forEach((k, v) -> {
            if (k != null && v != null && !v.isBlank()) {
                String key = k.strip().toUpperCase(Locale.ROOT);
                if (key.startsWith("0X")) {
                    key = key.substring(2);
                }
                out.put(key.length() == 1 ? "0" + key : key, v.strip());
            }
        });
        return Collections.unmodifiableMap(out);
    }
}
