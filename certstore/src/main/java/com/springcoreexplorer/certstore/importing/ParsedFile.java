package com.springcoreexplorer.certstore.importing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What one import file held.
 *
 * @param name         the file name, for messages
 * @param format       how it was read ("PEM", "DER certificate", "PKCS#12", ...)
 * @param certificates every certificate, in file order
 * @param keys         every private key (decrypted)
 * @param ignored      things found but not used (CSRs, parameters), one line each
 */
public record ParsedFile(
        String name, String format, List<X509Certificate> certificates, List<PrivateKey> keys, List<String> ignored) {

    public ParsedFile {
        certificates = List.copyOf(certificates);
        keys = List.copyOf(keys);
        ignored = List.copyOf(ignored);
    }

    @Override
    public String toString() {
        return "ParsedFile[" + name + ", " + format + ", " + certificates.size() + " certificates, " + keys.size()
                + " keys]";
    }
}
