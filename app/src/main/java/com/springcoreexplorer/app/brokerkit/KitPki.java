package com.springcoreexplorer.app.brokerkit;

import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * Where the kit's certificates come from.
 *
 * @param caCertificates  what mosquitto's {@code cafile} holds: the self-signed root and the intermediates
 *                        (mosquitto rejects every client when the root is missing)
 * @param broker          the broker's certificate and key, or empty when the integrator brings their own
 * @param watcherNames    CNs that get the Watcher rule in the ACL
 * @param controlNames    CNs that get the Control rule in the ACL
 * @param clients         identities to hand out as encrypted PKCS#12 files (file stem -> identity)
 * @param caKeys          CA certificates with keys, kept encrypted so the integrator can issue more
 */
public record KitPki(
        List<X509Certificate> caCertificates,
        Optional<IssuedCertificate> broker,
        List<String> watcherNames,
        List<String> controlNames,
        List<NamedIdentity> clients,
        List<NamedIdentity> caKeys) {

    public KitPki {
        caCertificates = List.copyOf(caCertificates);
        watcherNames = List.copyOf(watcherNames);
        controlNames = List.copyOf(controlNames);
        clients = List.copyOf(clients);
        caKeys = List.copyOf(caKeys);
    }

    /** An identity with the file stem it is written under. */
    public record NamedIdentity(String name, IssuedCertificate identity) {}
}
