package com.springcoreexplorer.mqtt.springcore.devices;

import com.springcoreexplorer.mqtt.springcore.decode.DeviceState;
import com.springcoreexplorer.mqtt.springcore.decode.MetaReport;
import com.springcoreexplorer.mqtt.springcore.decode.Uptime;
import java.time.Instant;

/**
 * One reader as known at {@code at}: immutable, safe for any thread.
 *
 * @param deviceId      the {@code {id}} topic level
 * @param meta          the last META (product, firmware, IP...), or null when none was seen
 * @param state         from the last STATUS ({@link DeviceState#UNKNOWN} before the first)
 * @param stateText     State as sent, or null
 * @param uptime        from the last STATUS, or null
 * @param firstSeen     first message of any kind
 * @param lastSeen      last message of any kind
 * @param lastStatusAt  last STATUS, or null
 * @param lastTag       last tag event, or null
 * @param eventCount    tag events since the device was first seen
 * @param messageCount  messages of any kind on the device's topics
 * @param eventRate     tag events per second, exponentially weighted ({@link RegistrySettings#rateTimeConstant()}), decayed to {@code at}
 * @param stale         online (or unknown) but no STATUS for longer than {@link RegistrySettings#staleAfter()}
 * @param lastCommand   last command seen on its {@code rdr/cmd}, or null
 * @param at            the time this snapshot describes
 */
public record DeviceSnapshot(
        String deviceId,
        MetaReport meta,
        DeviceState state,
        String stateText,
        Uptime uptime,
        Instant firstSeen,
        Instant lastSeen,
        Instant lastStatusAt,
        TagSummary lastTag,
        long eventCount,
        long messageCount,
        double eventRate,
        boolean stale,
        CommandSeen lastCommand,
        Instant at) {

    /** True when the last STATUS was the last will ({@code offline,dead}). */
    public boolean diedUnexpectedly() {
        return state == DeviceState.OFFLINE_DEAD;
    }

    public String productName() {
        return meta == null ? null : meta.productName();
    }

    public String firmware() {
        String firmware = meta == null ? null : meta.firmware();
        return firmware != null ? firmware : meta == null ? null : meta.version();
    }

    /** The firmware build to show: META {@code Revision} (current firmware), else {@code Version} (older firmware); see {@link MetaReport#firmwareBuild()}. */
    public String firmwareBuild() {
        return meta == null ? null : meta.firmwareBuild();
    }

    /** The reader's MAC address ({@code PhysAddress} with colons), or null. */
    public String macAddress() {
        return meta == null ? null : meta.macAddress();
    }

    public String ipAddress() {
        return meta == null ? null : meta.ipAddress();
    }

    public String serialNumber() {
        return meta == null ? null : meta.serialNumber();
    }

    /** Same device, same displayed values (rate compared to 0.01/s): used to send only real changes. */
    boolean sameAs(DeviceSnapshot other) {
        return other != null
                && stale == other.stale
                && eventCount == other.eventCount
                && messageCount == other.messageCount
                && state == other.state
                && java.util.Objects.equals(lastSeen, other.lastSeen)
                && java.util.Objects.equals(meta, other.meta)
                && java.util.Objects.equals(lastStatusAt, other.lastStatusAt)
                && java.util.Objects.equals(lastCommand, other.lastCommand)
                && java.util.Objects.equals(uptime, other.uptime)
                && java.util.Objects.equals(stateText, other.stateText)
                && Math.round(eventRate * 100) == Math.round(other.eventRate * 100);
    }
}
