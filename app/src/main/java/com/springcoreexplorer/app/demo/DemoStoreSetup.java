package com.springcoreexplorer.app.demo;

import com.springcoreexplorer.app.demo.pki.DemoPki;
import com.springcoreexplorer.app.settings.AppDirectories;
import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.CertificateStore;
import com.springcoreexplorer.certstore.IdentityEntry;
import com.springcoreexplorer.certstore.ImportFile;
import com.springcoreexplorer.certstore.ImportPasswords;
import com.springcoreexplorer.certstore.ImportPreview;
import com.springcoreexplorer.certstore.TrustAnchorEntry;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.PemFiles;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.ProfileStore;
import com.springcoreexplorer.mqtt.profile.ProfileStoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the demo's Watcher and Control identities and its trust anchors (root, Cloud CA) into the
 * demo's own certificate store ({@link DemoStore}: never the user's, so no master password is ever
 * asked for the demo), then writes one connection profile per role. Runs again on every start
 * and changes nothing that is already right; a stale demo identity (the demo PKI was regenerated)
 * is replaced. Keys go to the store inside an in-memory PKCS#12, never through a file.
 */
final class DemoStoreSetup {

    static final String WATCHER_IDENTITY = "Demo Watcher";
    static final String CONTROL_IDENTITY = "Demo Control";
    static final String WATCHER_PROFILE = "Demo (Watcher)";
    static final String CONTROL_PROFILE = "Demo (Control)";
    private static final String NOTES =
            "SpringCore Explorer demo material: works only with the demo broker (springcore-explorer --demo).";
    private static final Logger LOG = LoggerFactory.getLogger(DemoStoreSetup.class);

    private DemoStoreSetup() {}

    /** What the store now holds for the demo, or why it could not be used. */
    record Imported(String watcherIdentity, String controlIdentity, List<String> trustAnchors, String problem) {
        static Imported failed(String problem) {
            return new Imported(null, null, List.of(), problem);
        }
    }

    /** Imports identities and anchors into the demo's own store (crypto and I/O: call off the FX thread). Never throws. */
    static Imported importIdentities(AppDirectories directories, DemoPki pki) {
        CertificateStore store;
        try {
            store = DemoStore.open(directories);
        } catch (CertStoreException e) {
            return failed(e);
        } catch (RuntimeException e) {
            LOG.warn("demo store not opened", e);
            return Imported.failed("the demo store could not be opened: " + e.getMessage());
        }
        return importIdentities(store, pki);
    }

    /** Same, into a store the caller opened (e.g. after the user typed the master password). Never throws. */
    static Imported importIdentities(CertificateStore store, DemoPki pki) {
        try {
            List<String> anchors = trustAnchors(store, pki.brokerChainAnchors());
            String watcher = identity(store, WATCHER_IDENTITY, pki.watcher());
            String control = identity(store, CONTROL_IDENTITY, pki.control());
            return new Imported(watcher, control, anchors, null);
        } catch (CertStoreException e) {
            return failed(e);
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            LOG.warn("demo store setup failed", e);
            return Imported.failed("the demo identities could not be put in the certificate store: " + e.getMessage());
        }
    }

    private static Imported failed(CertStoreException e) {
        String problem = "the demo identities could not be put in the demo store: " + e.userMessage();
        LOG.warn("demo store setup: {}", problem);
        return Imported.failed(problem);
    }

    /** Writes (or updates) the two profiles for this run's broker port. Never throws. */
    static DemoProfiles writeProfiles(
            AppDirectories directories, Imported imported, String host, int port, String prefix) {
        if (imported.problem() != null) {
            return DemoProfiles.notSetUp(imported.problem());
        }
        ProfileStore profiles = ProfileStore.in(directories.config());
        try {
            profiles.save(
                    profile(WATCHER_PROFILE, imported.watcherIdentity(), imported.trustAnchors(), host, port, prefix));
            profiles.save(
                    profile(CONTROL_PROFILE, imported.controlIdentity(), imported.trustAnchors(), host, port, prefix));
        } catch (ProfileStoreException e) {
            LOG.warn("demo profiles not written: {}", e.getMessage());
            return DemoProfiles.notSetUp("the demo profiles could not be written: " + e.getMessage());
        }
        return new DemoProfiles(
                imported.watcherIdentity(), imported.controlIdentity(), WATCHER_PROFILE, CONTROL_PROFILE, null);
    }

    private static ConnectionProfile profile(
            String name, String identity, List<String> anchors, String host, int port, String prefix) {
        return ConnectionProfile.builder(name)
                .host(host)
                .port(port)
                .identity(identity)
                .trustAnchors(anchors)
                .topicPrefix(prefix)
                .build();
    }

    /** Names of the anchors in the store with these certificates' fingerprints, adding those missing. */
    private static List<String> trustAnchors(CertificateStore store, List<X509Certificate> certificates)
            throws CertStoreException, GeneralSecurityException {
        List<String> names = new ArrayList<>();
        List<TrustAnchorEntry> existing = store.trustAnchors();
        List<X509Certificate> missing = new ArrayList<>();
        for (X509Certificate certificate : certificates) {
            Optional<TrustAnchorEntry> found = findAnchor(existing, certificate);
            if (found.isPresent()) {
                names.add(found.get().name());
            } else {
                missing.add(certificate);
            }
        }
        if (!missing.isEmpty()) {
            List<ImportFile> files = new ArrayList<>();
            for (X509Certificate certificate : missing) {
                files.add(new ImportFile(
                        "demo " + com.springcoreexplorer.certstore.pki.CertificateIssuer.commonNameOf(certificate)
                                + ".pem",
                        PemFiles.certificates(List.of(certificate)).getBytes(StandardCharsets.US_ASCII)));
            }
            store.addTrustAnchors(files);
            List<TrustAnchorEntry> now = store.trustAnchors();
            for (X509Certificate certificate : missing) {
                names.add(findAnchor(now, certificate)
                        .orElseThrow(() -> new IllegalStateException("trust anchor not stored"))
                        .name());
            }
        }
        return names;
    }

    private static Optional<TrustAnchorEntry> findAnchor(List<TrustAnchorEntry> anchors, X509Certificate certificate)
            throws GeneralSecurityException {
        String fingerprint = fingerprint(certificate);
        return anchors.stream()
                .filter(a -> normalise(a.sha256()).equals(fingerprint))
                .findFirst();
    }

    /** The identity's store name, importing it (or replacing a stale demo identity of that name). */
    private static String identity(CertificateStore store, String name, IssuedCertificate identity)
            throws CertStoreException, GeneralSecurityException, IOException {
        String fingerprint = fingerprint(identity.certificate());
        for (IdentityEntry entry : store.list()) {
            if (normalise(entry.sha256()).equals(fingerprint)) {
                return entry.name();
            }
        }
        if (store.list().stream().anyMatch(entry -> entry.name().equalsIgnoreCase(name))) {
            LOG.info("replacing stale demo identity '{}' (the demo PKI was regenerated)", name);
            store.remove(name);
        }
        // handed over in memory as PEM (chain + PKCS#8 key): a PKCS#12 would cost 10,000-round key derivations to
        // write and again to read, on a first start's busiest seconds; the store encrypts the key as it saves it
        byte[] pem = (PemFiles.certificates(identity.chain()) + PemFiles.unencryptedPrivateKey(identity.privateKey()))
                .getBytes(StandardCharsets.US_ASCII);
        try {
            ImportPreview preview =
                    store.importPreview(List.of(new ImportFile(name + ".pem", pem)), ImportPasswords.none());
            return store.save(preview, name, NOTES).name();
        } finally {
            Arrays.fill(pem, (byte) 0);
        }
    }

    private static String fingerprint(X509Certificate certificate) throws GeneralSecurityException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    }

    private static String normalise(String fingerprint) {
        return fingerprint.replace(":", "").toLowerCase(java.util.Locale.ROOT);
    }
}
