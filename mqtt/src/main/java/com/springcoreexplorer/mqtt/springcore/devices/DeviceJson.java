package com.springcoreexplorer.mqtt.springcore.devices;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A device snapshot as a JSON object, for {@code devices --json} and {@code sub --json} ({@code "device"}). */
public final class DeviceJson {

    private DeviceJson() {
    }

    public static ObjectNode toJson(DeviceSnapshot d) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("device", d.deviceId());
        o.put("state", d.state().name());
        if (d.stateText() != null) {
            o.put("stateText", d.stateText());
        }
        o.put("stale", d.stale());
        if (d.productName() != null) {
            o.put("product", d.productName());
        }
        if (d.firmware() != null) {
            o.put("firmware", d.firmware());
        }
        if (d.firmwareBuild() != null) {
            o.put("firmwareBuild", d.firmwareBuild());
        }
        if (d.macAddress() != null) {
            o.put("mac", d.macAddress());
        }
        if (d.ipAddress() != null) {
            o.put("ip", d.ipAddress());
        }
        if (d.serialNumber() != null) {
            o.put("serial", d.serialNumber());
        }
        if (d.meta() != null) {
            ObjectNode meta = o.putObject("meta");
            d.meta().fields().forEach(meta::put);
        }
        if (d.uptime() != null) {
            ObjectNode u = o.putObject("uptime");
            u.put("startups", d.uptime().startups());
            u.put("seconds", d.uptime().sinceStart().toMillis() / 1000.0);
        }
        o.put("firstSeen", d.firstSeen().toString());
        o.put("lastSeen", d.lastSeen().toString());
        if (d.lastStatusAt() != null) {
            o.put("lastStatus", d.lastStatusAt().toString());
        }
        o.put("events", d.eventCount());
        o.put("messages", d.messageCount());
        o.put("eventRate", Math.round(d.eventRate() * 100) / 100.0);
        if (d.lastTag() != null) {
            ObjectNode t = o.putObject("lastTag");
            t.put("tagId", d.lastTag().tagId());
            if (d.lastTag().protocol() != null) {
                t.put("protocol", d.lastTag().protocol());
            }
            t.put("at", d.lastTag().at().toString());
        }
        if (d.lastCommand() != null) {
            ObjectNode c = o.putObject("lastCommand");
            c.put("summary", d.lastCommand().describe());
            c.put("format", d.lastCommand().format().name());
            c.put("at", d.lastCommand().at().toString());
        }
        return o;
    }
}
