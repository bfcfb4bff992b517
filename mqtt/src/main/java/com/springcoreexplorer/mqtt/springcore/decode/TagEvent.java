package com.springcoreexplorer.mqtt.springcore.decode;

import com.springcoreexplorer.mqtt.springcore.sctext.ChecksumStatus;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A tag read on {@code rdr/evt}, from JSON (either firmware field set) or {@code $SCRDR} text.
 *
 * @param topic         topic received on
 * @param receivedAt    when our client received it
 * @param deviceId      the reader ({@code {id}} topic level; MQTT events carry no device field)
 * @param format        JSON or TEXT ($SCRDR)
 * @param interfaceName {@code 13.56}, {@code 900}, {@code bluetooth}; for $SCRDR the code's name when known, else {@code 0x13}; null when absent
 * @param interfaceCode the $SCRDR hex code, null for JSON
 * @param protocol      {@code NFC-A}, ... ; for $SCRDR the code's name when known, else {@code 0x05}; null when absent
 * @param protocolCode  the $SCRDR hex code, null for JSON
 * @param template      template number, null when absent
 * @param tagId         the tag identifier (always present on a TagEvent; may be empty in $SCRDR)
 * @param move          Insert/Remove/...; {@link Move#NONE} when not tracked
 * @param moveText      the move as written ({@code Insert,Remove}, {@code IR}, ...), null when absent
 * @param rssi          RSSI (JSON {@code RSSI} or {@code Rssi}, $SCRDR hex byte), null when absent
 * @param tagData       TagData, null when absent
 * @param tagDetails    TagDetails, null when absent
 * @param uptime        the device's uptime at the read, null when absent or unreadable
 * @param dateTime      {@code DateTime} as sent (devices with a clock), null when absent
 * @param sequence      {@code Sequence} (older firmware), null when absent
 * @param checksum      $SCRDR checksum outcome, {@link ChecksumStatus#NOT_APPLICABLE} for JSON
 * @param extraFields   fields no firmware documents, in payload order, value as text (objects/arrays as compact JSON)
 * @param warnings      what is odd about it (checksum mismatch, unexpected types...); never a reason to drop it
 * @param raw           the payload as text
 */
public record TagEvent(
        String topic,
        Instant receivedAt,
        String deviceId,
        WireFormat format,
        String interfaceName,
        Integer interfaceCode,
        String protocol,
        Integer protocolCode,
        Integer template,
        String tagId,
        Move move,
        String moveText,
        Integer rssi,
        String tagData,
        String tagDetails,
        Uptime uptime,
        String dateTime,
        Integer sequence,
        ChecksumStatus checksum,
        Map<String, String> extraFields,
        List<String> warnings,
        String raw)
        implements DecodedMessage {

    public TagEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(tagId, "tagId");
        Objects.requireNonNull(move, "move");
        Objects.requireNonNull(checksum, "checksum");
        extraFields = extraFields == null || extraFields.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(extraFields));
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        raw = raw == null ? "" : raw;
    }
}
