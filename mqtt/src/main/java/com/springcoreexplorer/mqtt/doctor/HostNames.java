package com.springcoreexplorer.mqtt.doctor;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The DNS and IP names a certificate is issued for. */
final class HostNames {

    private static final int DNS = 2;
    private static final int IP = 7;

    private HostNames() {}

    static List<String> of(X509Certificate certificate) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
            if (alternatives != null) {
                for (List<?> entry : alternatives) {
                    int type = (Integer) entry.get(0);
                    if (type == DNS || type == IP) {
                        names.add(String.valueOf(entry.get(1)));
                    }
                }
            }
        } catch (CertificateParsingException unreadable) {
            // no names shown; the handshake itself reports a real problem
        }
        return List.copyOf(names);
    }
}
