package com.springcoreexplorer.app.demo.reader;

import java.util.List;

/**
 * What a simulated reader is: its product, the format it sends and the technologies it reads.
 *
 * @param productName  META ProductName
 * @param variant      META ProductVariant
 * @param location     META Location
 * @param format       JSON or $SCRDR on {@code rdr/evt}
 * @param technologies what it reads (first = most frequent)
 */
public record ReaderProfile(
        String productName,
        String variant,
        String location,
        EventFormat format,
        List<TagRead.Technology> technologies) {

    public ReaderProfile {
        technologies = List.copyOf(technologies);
        if (technologies.isEmpty()) {
            throw new IllegalArgumentException("a reader reads at least one technology");
        }
    }

    /** META Interfaces, e.g. {@code 13.56,bluetooth}. */
    public String interfaces() {
        return String.join(
                ",",
                technologies.stream()
                        .map(TagRead.Technology::interfaceName)
                        .distinct()
                        .toList());
    }

    /** The demo's mix: HF/UHF/Bluetooth readers, alternately JSON and $SCRDR. */
    public static ReaderProfile forIndex(int index) {
        return switch (index % 5) {
            case 0 ->
                new ReaderProfile(
                        "SpringCore Puck (demo)",
                        "NFC",
                        "Main entrance",
                        EventFormat.JSON,
                        List.of(TagRead.Technology.NFC_A, TagRead.Technology.NFC_B, TagRead.Technology.NFC_F));
            case 1 ->
                new ReaderProfile(
                        "SpringCore Puck (demo)",
                        "NFC",
                        "Car park gate",
                        EventFormat.SCRDR,
                        List.of(TagRead.Technology.NFC_A, TagRead.Technology.INNOVATRON, TagRead.Technology.ST_SR));
            case 2 ->
                new ReaderProfile(
                        "SpringCore UHF (demo)",
                        "UHF",
                        "Loading dock",
                        EventFormat.JSON,
                        List.of(TagRead.Technology.UHF_EPC));
            case 3 ->
                new ReaderProfile(
                        "SpringCore Blue (demo)",
                        "BLE",
                        "Meeting room",
                        EventFormat.SCRDR,
                        List.of(TagRead.Technology.BLE, TagRead.Technology.IBEACON, TagRead.Technology.SPRINGBLUE));
            default ->
                new ReaderProfile(
                        "SpringCore Puck Blue (demo)",
                        "NFC+BLE",
                        "Reception desk",
                        EventFormat.JSON,
                        List.of(TagRead.Technology.NFC_A, TagRead.Technology.SPRINGBLUE));
        };
    }
}
