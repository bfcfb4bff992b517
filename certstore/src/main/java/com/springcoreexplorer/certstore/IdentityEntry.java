package com.springcoreexplorer.certstore;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the store shows about a client identity (certificate + chain + key); never the key itself.
 * The command line prints exactly these fields for {@code certs list/show --json}.
 *
 * @param name             the store name (unique, case-insensitive)
 * @param role             from the issuing CA (user mapping by fingerprint first, then SpringCore names)
 * @param commonName       the leaf's CN (client ID on SpringCore brokers); "" when there is none
 * @param subject          the leaf's subject, RFC 4514
 * @param issuerCommonName the issuing CA's CN
 * @param notBefore        validity start
 * @param notAfter         validity end
 * @param keyType          e.g. "EC P-256", "RSA 2048", "Ed25519"
 * @param sha256           the leaf's SHA-256 fingerprint, upper-case hex with colons
 * @param chain            subjects, leaf first, then the intermediates stored with it
 * @param trusted          whether the chain builds to a stored trust anchor right now
 * @param warnings         one line each: expiring soon, untrusted and why, unknown role, ...
 * @param notes            free text the user attached; "" when none
 */
public record IdentityEntry(
        String name,
        Role role,
        String commonName,
        String subject,
        String issuerCommonName,
        Instant notBefore,
        Instant notAfter,
        String keyType,
        String sha256,
        List<String> chain,
        boolean trusted,
        List<String> warnings,
        String notes) {

    public IdentityEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        chain = List.copyOf(chain);
        warnings = List.copyOf(warnings);
        notes = notes == null ? "" : notes;
    }
}
