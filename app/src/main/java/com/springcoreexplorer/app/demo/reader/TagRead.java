package com.springcoreexplorer.app.demo.reader;

import java.util.Objects;

/**
 * One tag seen by a simulated reader, before it is written as JSON or {@code $SCRDR}.
 *
 * @param technology interface + protocol (with their $SCRDR codes)
 * @param template   the smart-reader template that matched
 * @param rssi       signal strength in dBm, or null when the interface has none (HF)
 * @param tagId      protocol-level identifier, upper-case hex
 * @param move       Insert, Remove or Insert,Remove
 * @param tagData    data fetched by the template (hex), may be empty
 * @param uptime     {@code CCC:SSS.MMM}
 */
public record TagRead(
        Technology technology, int template, Integer rssi, String tagId, Move move, String tagData, String uptime) {

    public TagRead {
        Objects.requireNonNull(technology, "technology");
        Objects.requireNonNull(tagId, "tagId");
        Objects.requireNonNull(move, "move");
        Objects.requireNonNull(tagData, "tagData");
        Objects.requireNonNull(uptime, "uptime");
    }

    /** Token movement, spelled as JSON ({@code Move}) and as the $SCRDR field. */
    public enum Move {
        INSERT("Insert", "I"),
        REMOVE("Remove", "R"),
        INSERT_REMOVE("Insert,Remove", "IR");

        private final String json;
        private final String scrdr;

        Move(String json, String scrdr) {
            this.json = json;
            this.scrdr = scrdr;
        }

        public String json() {
            return json;
        }

        public String scrdr() {
            return scrdr;
        }
    }

    /**
     * Interface and protocol. The $SCRDR codes are the demo's own (SpringCard's code tables are not
     * in the public pages this project relies on): the product shows unknown codes as raw hex.
     */
    public enum Technology {
        NFC_A("13.56", 0x01, "NFC-A", 0x01, 7),
        NFC_B("13.56", 0x01, "NFC-B", 0x02, 4),
        NFC_F("13.56", 0x01, "NFC-F", 0x04, 8),
        INNOVATRON("13.56", 0x01, "Innovatron", 0x0B, 4),
        ST_SR("13.56", 0x01, "ST-SR", 0x09, 8),
        UHF_EPC("900", 0x02, "UHF-EPC", 0x20, 12),
        BLE("bluetooth", 0x03, "BLE", 0x30, 6),
        IBEACON("bluetooth", 0x03, "iBeacon", 0x31, 16),
        SPRINGBLUE("bluetooth", 0x03, "SpringBlue", 0x33, 8);

        private final String interfaceName;
        private final int interfaceCode;
        private final String protocolName;
        private final int protocolCode;
        private final int idBytes;

        Technology(String interfaceName, int interfaceCode, String protocolName, int protocolCode, int idBytes) {
            this.interfaceName = interfaceName;
            this.interfaceCode = interfaceCode;
            this.protocolName = protocolName;
            this.protocolCode = protocolCode;
            this.idBytes = idBytes;
        }

        public String interfaceName() {
            return interfaceName;
        }

        public int interfaceCode() {
            return interfaceCode;
        }

        public String protocolName() {
            return protocolName;
        }

        public int protocolCode() {
            return protocolCode;
        }

        public int idBytes() {
            return idBytes;
        }
        /** UHF and Bluetooth report a signal strength; HF does not. */
        public boolean hasRssi() {
            return !"13.56".equals(interfaceName);
        }
    }
}
