package com.springcoreexplorer.mqtt.springcore.decode;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A META message (once on connect): every field kept in payload order, values as text (booleans and
 * numbers as written, objects/arrays as compact JSON). Older firmware sends fewer fields: the
 * accessors return null for what is absent.
 */
public record MetaReport(String topic, Instant receivedAt, String deviceId, boolean retained, Map<String, String> fields,
                         List<String> warnings) implements DecodedMessage {

    public MetaReport {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(receivedAt, "receivedAt");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A field by name, case-insensitive, or null. */
    public String field(String name) {
        String exact = fields.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    public String vendorName() {
        return field("VendorName");
    }

    public String productName() {
        return field("ProductName");
    }

    public String productVariant() {
        return field("ProductVariant");
    }

    public String serialNumber() {
        return field("SerialNumber");
    }

    public String version() {
        return field("Version");
    }

    public String firmware() {
        return field("Firmware");
    }

    public String hardware() {
        return field("Hardware");
    }

    public String ipAddress() {
        return field("IpAddress");
    }

    public String physAddress() {
        return field("PhysAddress");
    }

    public String location() {
        return field("Location");
    }

    /** {@code direct}, {@code ccid}, {@code RDR/RAW}, {@code $SCRDR}, {@code RDR/JSON}, {@code RDR/MK1}. */
    public String protocol() {
        return field("Protocol");
    }
}
