package com.springcoreexplorer.app.brokerkit;

import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.CertificateStore;
import com.springcoreexplorer.certstore.IdentityEntry;
import com.springcoreexplorer.certstore.Role;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The kit's certificates from the user's certificate store: the roots among its trust anchors and
 * the CAs that issued its identities go into {@code ca.pem}; its Watcher and Control identities'
 * CNs go into the ACL. No key leaves the store and no broker certificate is made (the store holds
 * no CA key): the integrator brings the broker certificate from their Cloud CA.
 */
public final class StoreKitPki {

    private StoreKitPki() {}

    public static KitPki read(CertificateStore store) throws CertStoreException, MosquittoKit.KitException {
        List<IdentityEntry> identities = store.list();
        if (identities.isEmpty()) {
            throw new MosquittoKit.KitException(
                    "the certificate store has no identity to take CAs and role names from; "
                            + "import your Watcher/Control certificates first, or run without --from-store");
        }
        Map<String, X509Certificate> cas = new LinkedHashMap<>();
        for (X509Certificate anchor : anchors(store, identities.getFirst().name())) {
            if (anchor.getSubjectX500Principal().equals(anchor.getIssuerX500Principal())) {
                cas.putIfAbsent(anchor.getSubjectX500Principal().getName(), anchor);
            }
        }
        if (cas.isEmpty()) {
            throw new MosquittoKit.KitException(
                    "the certificate store has no root CA among its trust anchors, and mosquitto needs the root "
                            + "in its cafile; add your SpringCore root as a trust anchor first");
        }
        List<String> watchers = new ArrayList<>();
        List<String> controls = new ArrayList<>();
        for (IdentityEntry identity : identities) {
            List<X509Certificate> chain = parse(store.exportPem(identity.name()));
            for (X509Certificate issuer : chain.subList(1, chain.size())) {
                cas.putIfAbsent(issuer.getSubjectX500Principal().getName(), issuer);
            }
            if (identity.role() == Role.WATCHER && !watchers.contains(identity.commonName())) {
                watchers.add(identity.commonName());
            } else if (identity.role() == Role.CONTROL && !controls.contains(identity.commonName())) {
                controls.add(identity.commonName());
            }
        }
        if (watchers.isEmpty() && controls.isEmpty()) {
            throw new MosquittoKit.KitException(
                    "the certificate store has no Watcher or Control identity to name in the ACL; "
                            + "import one first, or run without --from-store");
        }
        return new KitPki(List.copyOf(cas.values()), Optional.empty(), watchers, controls, List.of(), List.of());
    }

    /** The store's trust anchors, as the TLS trust manager it hands out holds them. */
    private static List<X509Certificate> anchors(CertificateStore store, String anyIdentity) throws CertStoreException {
        List<X509Certificate> anchors = new ArrayList<>();
        for (TrustManager manager :
                store.tlsMaterial(anyIdentity, List.of()).trustManagers().getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                anchors.addAll(List.of(x509.getAcceptedIssuers()));
            }
        }
        return anchors;
    }

    private static List<X509Certificate> parse(String pem) throws MosquittoKit.KitException {
        try {
            return CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))
                    .stream()
                    .map(X509Certificate.class::cast)
                    .toList();
        } catch (GeneralSecurityException e) {
            throw new MosquittoKit.KitException("a certificate in the store cannot be read back: " + e.getMessage());
        }
    }
}
