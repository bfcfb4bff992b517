package com.springcoreexplorer.app.cli.testing;

import com.springcoreexplorer.certstore.CertificateStore;
import com.springcoreexplorer.certstore.ImportFile;
import com.springcoreexplorer.certstore.ImportPasswords;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.PemFiles;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.ProfileStore;
import com.springcoreexplorer.mqtt.testing.MosquittoBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/** A {@code --home} folder set up as a user would: identities and a trust anchor in the encrypted store, one profile per identity. */
public final class TestHome {

    private TestHome() {}

    /**
     * Imports each identity under its name into the store at {@code home/data} (password {@code storePassword}),
     * adds {@code trustAnchor}, and saves one profile per identity, named like it, for {@code broker}.
     */
    public static void withProfiles(
            Path home,
            String storePassword,
            MosquittoBroker broker,
            X509Certificate trustAnchor,
            SequencedMap<String, IssuedCertificate> identities)
            throws Exception {
        CertificateStore store = CertificateStore.at(home.resolve("data"))
                .environment(Map.of(CertificateStore.PASSWORD_ENVIRONMENT_VARIABLE, storePassword))
                .useOsKeychain(false)
                .open();
        for (var identity : identities.entrySet()) {
            importIdentity(store, identity.getKey(), identity.getValue());
        }
        String root = store.addTrustAnchors(List.of(new ImportFile(
                        "root.pem", PemFiles.certificates(List.of(trustAnchor)).getBytes(StandardCharsets.UTF_8))))
                .getFirst()
                .name();
        ProfileStore profiles = ProfileStore.in(home.resolve("config"));
        for (String identity : identities.keySet()) {
            profiles.add(ConnectionProfile.builder(identity)
                    .host(broker.host())
                    .port(broker.port())
                    .identity(identity)
                    .trustAnchors(root)
                    .build());
        }
    }

    /** Certificate chain and key in one in-memory PEM "file": no key ever touches the disk unencrypted. */
    private static void importIdentity(CertificateStore store, String name, IssuedCertificate identity)
            throws Exception {
        String pem = PemFiles.certificates(identity.chain()) + PemFiles.unencryptedPrivateKey(identity.privateKey());
        var preview = store.importPreview(
                List.of(new ImportFile(name + ".pem", pem.getBytes(StandardCharsets.UTF_8))), ImportPasswords.none());
        store.save(preview, name, "");
    }
}
