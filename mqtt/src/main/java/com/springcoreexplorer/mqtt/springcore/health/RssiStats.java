package com.springcoreexplorer.mqtt.springcore.health;

/**
 * Signal strength of the tags one reader saw on one interface.
 *
 * @param interfaceName {@code 13.56}, {@code 900}, {@code bluetooth}... ("" when the events do not say)
 * @param last          the newest RSSI
 * @param mean1m        mean over the last minute (NaN: no read in that minute)
 * @param min1m         weakest over the last minute (NaN: none)
 * @param count1m       reads with an RSSI in the last minute
 * @param mean1h        mean over the last hour (NaN: none)
 * @param min1h         weakest over the last hour (NaN: none)
 * @param count1h       reads with an RSSI in the last hour
 * @param perMinute     mean per minute over the last hour, oldest first (60 values, NaN for a minute without reads)
 */
public record RssiStats(
        String interfaceName,
        int last,
        double mean1m,
        double min1m,
        long count1m,
        double mean1h,
        double min1h,
        long count1h,
        double[] perMinute) {

    /** "last -52, 1 min mean -55.3 min -61" style text for tables. */
    public String display() {
        return "last " + last
                + (count1m == 0
                        ? ", none in the last minute"
                        : String.format(java.util.Locale.ROOT, ", 1 min mean %.1f min %.0f", mean1m, min1m));
    }
}
