package com.springcoreexplorer.mqtt.springcore.devices;

/**
 * Told about device list changes, on the thread that drives the registry (the ingest dispatcher).
 * Return quickly; the records can be handed to any thread (e.g. queued for the FX pulse).
 */
@FunctionalInterface
public interface DeviceListener {

    void onDevicesChanged(DevicesChanged changes);
}
