package com.springcoreexplorer.mqtt.springcore.commands;

/** How a command travels on {@code rdr/cmd}: the reader accepts both. */
public enum CommandFormat {
    /** {@code {"Sequence":35}}, compact. */
    JSON,
    /** {@code $SCCMD;SEQ=23[*CS]\r\n}. */
    TEXT
}
