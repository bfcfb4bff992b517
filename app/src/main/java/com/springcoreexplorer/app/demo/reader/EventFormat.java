package com.springcoreexplorer.app.demo.reader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** How a reader writes its tag events on {@code rdr/evt} (device register 02A0). */
public enum EventFormat {

    /** Compact JSON, current firmware field names. META "Protocol": {@code RDR/JSON}. */
    JSON("RDR/JSON") {
        @Override
        public String format(TagRead read) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("Interface", read.technology().interfaceName());
            fields.put("Protocol", read.technology().protocolName());
            fields.put("Template", read.template());
            if (read.rssi() != null) {
                fields.put("RSSI", read.rssi());
            }
            fields.put("TagId", read.tagId());
            fields.put("Move", read.move().json());
            if (!read.tagData().isEmpty()) {
                fields.put("TagData", read.tagData());
            }
            fields.put("Uptime", read.uptime());
            try {
                return MAPPER.writeValueAsString(fields);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    },

    /**
     * {@code $SCRDR;<Interface>;<Protocol>;<Template>;<RSSI>;<TagId>;<Move>;<TagData>;<TagDetails>*<CS>\r\n},
     * checksum = XOR of the characters between {@code $} and {@code *} (the protocol overview's rule).
     */
    SCRDR("$SCRDR") {
        @Override
        public String format(TagRead read) {
            String body = "SCRDR;" + hex(read.technology().interfaceCode()) + ";"
                    + hex(read.technology().protocolCode()) + ";"
                    + hex(read.template()) + ";" + (read.rssi() == null ? "" : hex(read.rssi() & 0xFF)) + ";"
                    + read.tagId() + ";" + read.move().scrdr() + ";" + read.tagData() + ";";
            return "$" + body + "*" + hex(checksum(body)) + "\r\n";
        }
    };

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String metaProtocol;

    EventFormat(String metaProtocol) {
        this.metaProtocol = metaProtocol;
    }

    /** The payload for {@code rdr/evt}. */
    public abstract String format(TagRead read);

    /** What META's {@code Protocol} field says for this format. */
    public String metaProtocol() {
        return metaProtocol;
    }

    /** XOR of every character of {@code body} (the text between {@code $} and {@code *}). */
    public static int checksum(String body) {
        int xor = 0;
        for (int i = 0; i < body.length(); i++) {
            xor ^= body.charAt(i);
        }
        return xor & 0xFF;
    }

    private static String hex(int value) {
        return String.format("%02X", value & 0xFF);
    }
}
