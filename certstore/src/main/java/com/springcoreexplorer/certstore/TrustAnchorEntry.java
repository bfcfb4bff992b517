package com.springcoreexplorer.certstore;

import java.time.Instant;

/**
 * A stored trust anchor: a CA certificate (e.g. SpringCore Cloud CA, Root CA) the broker's
 * certificate, and identities' chains, are checked against. Stored apart from identities.
 *
 * @param name       the store name (default: the certificate's CN)
 * @param subject    RFC 4514 subject
 * @param commonName the CN, "" when none
 * @param sha256     SHA-256 fingerprint, upper-case hex with colons
 * @param notAfter   validity end
 */
public record TrustAnchorEntry(String name, String subject, String commonName, String sha256, Instant notAfter) {}
