package com.springcoreexplorer.mqtt.springcore.decode;

import com.springcoreexplorer.mqtt.springcore.sctext.Hex;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A META message (once on connect): every field kept in payload order, values as text (booleans and
 * numbers as written, objects/arrays as compact JSON). Older firmware sends fewer fields: the
 * accessors return null for what is absent.
 */
public record MetaReport(
        String topic,
        Instant receivedAt,
        String deviceId,
        boolean retained,
        Map<String, String> fields,
        List<String> warnings)
        implements DecodedMessage {

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

    /** Older firmware: the firmware version; current firmware: the product version (the build is {@link #revision()}). */
    public String version() {
        return field("Version");
    }

    /** Identification of the firmware, e.g. {@code springCore/e518/springpark} (older firmware: {@code SpringCore/E518/SpringPark}). */
    public String firmware() {
        return field("Firmware");
    }

    /** Current firmware only: the complete firmware version, e.g. {@code 1.23-11-g30998598}; null on older firmware. */
    public String revision() {
        return field("Revision");
    }

    /** True when the META has the current firmware's field set ({@code Revision} present, {@code Version} = product version). */
    public boolean currentFirmware() {
        return revision() != null;
    }

    /**
     * The firmware build to show: {@code Revision} on current firmware, {@code Version} on older firmware (where it is
     * the firmware version), else {@code Firmware}; null when none is present.
     */
    public String firmwareBuild() {
        String revision = blankToNull(revision());
        if (revision != null) {
            return revision;
        }
        String version = blankToNull(version());
        return version != null ? version : blankToNull(firmware());
    }

    /** Identification of the hardware (part number), e.g. {@code EAN201234}. */
    public String hardware() {
        return field("Hardware");
    }

    /** Unique identifier of the device (signature of the hardware). */
    public String uniqueId() {
        return field("UniqueId");
    }

    /** GUID of the configuration (register 0200). */
    public String configId() {
        return field("ConfigId");
    }

    /** True when every security setting is open; null when absent or not a boolean. */
    public Boolean open() {
        String open = field("Open");
        return "true".equalsIgnoreCase(open) ? Boolean.TRUE : "false".equalsIgnoreCase(open) ? Boolean.FALSE : null;
    }

    /** Inventory number (register 0201). */
    public String inventory() {
        return field("Inventory");
    }

    /** The physical interface(s) the reader provides, e.g. {@code 13.56}. */
    public String interfaces() {
        return field("Interfaces");
    }

    /** The IPv4 address; null when absent or sent as {@code ""} (the vendor's examples do both). */
    public String ipAddress() {
        return blankToNull(field("IpAddress"));
    }

    /** {@code PhysAddress} as sent: 12 hex digits, e.g. {@code 749050007903}. */
    public String physAddress() {
        return field("PhysAddress");
    }

    /** {@code PhysAddress} as a MAC address, {@code 74:90:50:00:79:03}; as sent when it is not 12 hex digits; null when absent. */
    public String macAddress() {
        String phys = blankToNull(physAddress());
        if (phys == null || phys.length() != 12 || !Hex.isHex(phys)) {
            return phys;
        }
        StringBuilder mac = new StringBuilder(17);
        for (int i = 0; i < 12; i += 2) {
            if (i > 0) {
                mac.append(':');
            }
            mac.append(phys, i, i + 2);
        }
        return mac.toString().toUpperCase(Locale.ROOT);
    }

    public String location() {
        return field("Location");
    }

    /** {@code direct}, {@code ccid}, {@code RDR/RAW}, {@code $SCRDR}, {@code RDR/JSON}, {@code RDR/MK1}. */
    public String protocol() {
        return field("Protocol");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
