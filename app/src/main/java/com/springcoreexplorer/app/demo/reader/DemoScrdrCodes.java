package com.springcoreexplorer.app.demo.reader;

import com.springcoreexplorer.mqtt.springcore.decode.ScrdrCodeTable;

/**
 * The names of the codes the simulated readers put in {@code $SCRDR} lines, for the decoder (a
 * real reader's codes are the user's to name: SpringCard does not publish them). RSSI is written as
 * a signed byte (two's complement dBm).
 */
public final class DemoScrdrCodes {

    private DemoScrdrCodes() {}

    public static ScrdrCodeTable table() {
        ScrdrCodeTable table = new ScrdrCodeTable(java.util.Map.of(), java.util.Map.of(), true);
        for (TagRead.Technology technology : TagRead.Technology.values()) {
            table = table.withInterface(technology.interfaceCode(), technology.interfaceName())
                    .withProtocol(technology.protocolCode(), technology.protocolName());
        }
        return table;
    }
}
