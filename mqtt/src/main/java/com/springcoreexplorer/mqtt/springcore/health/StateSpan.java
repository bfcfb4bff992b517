package com.springcoreexplorer.mqtt.springcore.health;

import com.springcoreexplorer.mqtt.springcore.decode.DeviceState;
import java.time.Instant;

/**
 * A stretch of time a reader spent in one state.
 *
 * @param state what its STATUS said
 * @param from  the STATUS that started it
 * @param until the STATUS that ended it, or null while it lasts
 */
public record StateSpan(DeviceState state, Instant from, Instant until) {

    public boolean ongoing() {
        return until == null;
    }
}
