package com.springcoreexplorer.mqtt.springcore.rules;

/**
 * One column of a {@link JsonPointerRule}.
 *
 * @param column  the column name shown to the user
 * @param pointer an RFC 6901 JSON pointer, e.g. {@code /card/uid} or {@code /readings/0/value}
 */
public record ColumnMapping(String column, String pointer) {}
