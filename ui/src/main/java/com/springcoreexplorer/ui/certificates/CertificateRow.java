package com.springcoreexplorer.ui.certificates;

import com.springcoreexplorer.certstore.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A stored (or previewed) client identity as the certificate manager lists it. */
public record CertificateRow(
        String name,
        Role role,
        String commonName,
        String issuer,
        Instant notAfter,
        boolean trusted,
        List<String> warnings) {

    /** Expiry colour threshold: a certificate this close to its end is shown in warning colours. */
    public static final Duration EXPIRY_WARNING = Duration.ofDays(30);

    public CertificateRow {
        warnings = List.copyOf(warnings);
    }

    public Expiry expiry(Instant now) {
        if (notAfter.isBefore(now)) {
            return Expiry.EXPIRED;
        }
        return notAfter.isBefore(now.plus(EXPIRY_WARNING)) ? Expiry.SOON : Expiry.FINE;
    }

    public enum Expiry {
        FINE,
        SOON,
        EXPIRED
    }
}
