package com.springcoreexplorer.mqtt.springcore.devices;

import com.springcoreexplorer.mqtt.springcore.decode.Move;
import java.time.Instant;

/** The last tag a reader saw. */
public record TagSummary(String tagId, String protocol, Move move, Instant at) {}
