package com.springcoreexplorer.certstore.validation;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Validity dates: refused outside them, warned when the end is near. */
public final class Validity {

    /** Warn when a certificate ends within this time. */
    public static final Duration EXPIRY_WARNING = Duration.ofDays(30);

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** Where a certificate stands at {@code now}. */
    public enum State {
        NOT_YET_VALID,
        VALID,
        EXPIRING_SOON,
        EXPIRED
    }

    private Validity() {}

    public static State at(X509Certificate certificate, Instant now) {
        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        if (now.isBefore(notBefore)) {
            return State.NOT_YET_VALID;
        }
        if (now.isAfter(notAfter)) {
            return State.EXPIRED;
        }
        return now.plus(EXPIRY_WARNING).isAfter(notAfter) ? State.EXPIRING_SOON : State.VALID;
    }

    public static String format(Instant instant) {
        return DATE.format(instant);
    }

    /** "valid 2024-01-01 00:00 UTC to 2025-01-01 00:00 UTC" */
    public static String range(X509Certificate certificate) {
        return "valid " + format(certificate.getNotBefore().toInstant()) + " to "
                + format(certificate.getNotAfter().toInstant());
    }

    /** A warning line for a certificate that is not plainly valid, or empty. */
    public static Optional<String> warning(X509Certificate certificate, Instant now) {
        String label = CertificateFacts.label(certificate);
        return switch (at(certificate, now)) {
            case VALID -> Optional.empty();
            case EXPIRING_SOON ->
                Optional.of(label + " expires on "
                        + format(certificate.getNotAfter().toInstant())
                        + " (in "
                        + Math.max(
                                0,
                                Duration.between(now, certificate.getNotAfter().toInstant())
                                        .toDays())
                        + " days): ask your PKI for a renewed certificate");
            case EXPIRED ->
                Optional.of(label + " expired on "
                        + format(certificate.getNotAfter().toInstant())
                        + ": the broker will refuse it; ask your PKI for a renewed certificate");
            case NOT_YET_VALID ->
                Optional.of(label + " is not valid before "
                        + format(certificate.getNotBefore().toInstant()) + ": check this computer's clock");
        };
    }
}
