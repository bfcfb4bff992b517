package com.springcoreexplorer.mqtt.connection;

import java.util.Locale;

/**
 * The broker's answer (SUBACK) for one filter.
 *
 * @param filter       the topic filter
 * @param grantedQos   0-2 when granted, -1 when refused
 * @param reasonCode   the SUBACK reason code (0x00-0x02 granted; 0x80 and above refused)
 * @param reasonName   e.g. GRANTED_QOS_1 or NOT_AUTHORIZED
 */
public record SubscriptionResult(String filter, int grantedQos, int reasonCode, String reasonName) {

    public boolean granted() {
        return grantedQos >= 0;
    }

    public String describe() {
        if (granted()) {
            return filter + ": granted QoS " + grantedQos;
        }
        String words = reasonCode == 0x87
                ? "not authorized (this certificate may not read it)"
                : reasonName.toLowerCase(Locale.ROOT).replace('_', ' ');
        return filter + ": refused, " + words + String.format(Locale.ROOT, " (0x%02X)", reasonCode);
    }
}
