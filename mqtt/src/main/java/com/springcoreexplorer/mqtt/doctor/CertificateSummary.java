package com.springcoreexplorer.mqtt.doctor;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What a user needs to see of a certificate in a chain.
 *
 * @param subject    subject DN
 * @param issuer     issuer DN
 * @param notBefore  start of validity
 * @param notAfter   end of validity
 * @param names      DNS/IP subject alternative names (empty for CAs and v1 certificates)
 */
public record CertificateSummary(
        String subject, String issuer, Instant notBefore, Instant notAfter, List<String> names) {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    public CertificateSummary {
        names = names == null ? List.of() : List.copyOf(names);
    }

    public static CertificateSummary of(X509Certificate certificate) {
        return new CertificateSummary(
                certificate.getSubjectX500Principal().getName(),
                certificate.getIssuerX500Principal().getName(),
                certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(),
                HostNames.of(certificate));
    }

    public boolean validAt(Instant instant) {
        return !instant.isBefore(notBefore) && !instant.isAfter(notAfter);
    }

    /** "subject, issued by issuer, valid 2025-01-01 to 2026-01-01 [EXPIRED]". */
    public String describe() {
        Instant now = Instant.now();
        String state = now.isAfter(notAfter) ? " [EXPIRED]" : now.isBefore(notBefore) ? " [NOT YET VALID]" : "";
        return subject + ", issued by " + issuer + ", valid " + DAY.format(notBefore) + " to " + DAY.format(notAfter)
                + state + (names.isEmpty() ? "" : ", names " + String.join(" ", names));
    }
}
