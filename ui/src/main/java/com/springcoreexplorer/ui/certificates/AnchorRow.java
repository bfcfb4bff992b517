package com.springcoreexplorer.ui.certificates;

import java.time.Instant;

/** A stored trust anchor (CA certificate the broker's chain is checked against). */
public record AnchorRow(String name, String commonName, String subject, Instant notAfter) {}
