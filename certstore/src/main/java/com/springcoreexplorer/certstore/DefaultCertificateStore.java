package com.springcoreexplorer.certstore;

import com.springcoreexplorer.certstore.CertStoreException.Kind;
import com.springcoreexplorer.certstore.importing.ImportedIdentity;
import com.springcoreexplorer.certstore.importing.Importer;
import com.springcoreexplorer.certstore.store.AtomicFiles;
import com.springcoreexplorer.certstore.store.MetadataFile;
import com.springcoreexplorer.certstore.store.OsKeychain;
import com.springcoreexplorer.certstore.store.Pkcs12Files;
import com.springcoreexplorer.certstore.store.StoreFiles;
import com.springcoreexplorer.certstore.store.StoreMetadata;
import com.springcoreexplorer.certstore.store.StoreMetadata.AnchorMetadata;
import com.springcoreexplorer.certstore.store.StoreMetadata.IdentityMetadata;
import com.springcoreexplorer.certstore.validation.CertificateFacts;
import com.springcoreexplorer.certstore.validation.Validity;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store: identities in one encrypted PKCS#12, trust anchors in another, metadata JSON beside
 * them. Every operation re-reads the files (a GUI and a command line may share the store); every
 * change holds a file lock, re-reads, applies and writes atomically (PKCS#12 first: it is the truth,
 * metadata only decorates it).
 */
final class DefaultCertificateStore implements CertificateStore {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultCertificateStore.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StoreFiles files;
    private final String keychainAccount; // non-null: a new store may get a random password kept in the OS keychain
    private char[] password; // null: no password yet; reads see an empty store, the first write needs one
    private StorePasswordSource source;

    private DefaultCertificateStore(
            StoreFiles files, char[] password, StorePasswordSource source, String keychainAccount) {
        this.files = files;
        this.password = password;
        this.source = source;
        this.keychainAccount = keychainAccount;
    }

    static CertificateStore open(
            Path dataDirectory, Map<String, String> environment, boolean useOsKeychain, char[] masterPassword)
            throws CertStoreException {
        StoreFiles files = new StoreFiles(dataDirectory);
        boolean exists = Files.exists(files.identities()) || Files.exists(files.trustAnchors());
        String account = "store:" + dataDirectory;
        char[] password = null;
        StorePasswordSource source = null;
        String fromEnvironment = environment.get(PASSWORD_ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            password = fromEnvironment.toCharArray();
            source = StorePasswordSource.ENVIRONMENT;
        } else {
            Optional<char[]> kept = useOsKeychain ? OsKeychain.read(account) : Optional.empty();
            if (kept.isPresent()) {
                password = kept.get();
                source = StorePasswordSource.OS_KEYCHAIN;
            } else if (masterPassword != null && masterPassword.length > 0) {
                password = masterPassword.clone();
                source = StorePasswordSource.MASTER_PASSWORD;
            }
        }
        if (password == null && exists) {
            throw passwordNeeded(true);
        }
        // a new store without a password gets one from the keychain at its first write, not before
        String keychainAccount = password == null && useOsKeychain ? account : null;
        DefaultCertificateStore store = new DefaultCertificateStore(files, password, source, keychainAccount);
        if (exists) {
            store.state(); // checks the password now, not at the first listing
        }
        LOG.info(
                "certificate store opened in {} (password from {})",
                files.folder(),
                source == null ? "nowhere yet" : source);
        return store;
    }

    private static CertStoreException passwordNeeded(boolean exists) {
        return new CertStoreException(
                Kind.STORE_PASSWORD_NEEDED,
                null,
                (exists ? "the certificate store is locked" : "no store password set")
                        + ": set the environment variable " + PASSWORD_ENVIRONMENT_VARIABLE
                        + " or enter the master password in the window (no OS keychain holds it)",
                null);
    }

    private static char[] randomPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
    }

    @Override
    public synchronized StorePasswordSource passwordSource() {
        return source;
    }

    @Override
    public synchronized boolean passwordNeededForChanges() {
        return password == null && (keychainAccount == null || !OsKeychain.available());
    }

    // ---- state --------------------------------------------------------------------------------

    private record State(KeyStore identities, KeyStore anchors, StoreMetadata metadata) {

        List<X509Certificate> anchorCertificates() throws CertStoreException {
            List<X509Certificate> result = new ArrayList<>();
            for (String alias : aliases(anchors)) {
                try {
                    if (anchors.getCertificate(alias) instanceof X509Certificate certificate) {
                        result.add(certificate);
                    }
                } catch (Exception e) {
                    throw new CertStoreException(
                            Kind.STORE_DAMAGED, alias, "a trust anchor cannot be read: remove it and add it again", e);
                }
            }
            return result;
        }
    }

    private static List<String> aliases(KeyStore store) {
        try {
            List<String> aliases = Collections.list(store.aliases());
            Collections.sort(aliases);
            return aliases;
        } catch (Exception e) {
            throw new IllegalStateException("a loaded keystore lists its aliases", e);
        }
    }

    private synchronized State state() throws CertStoreException {
        if (password == null) {
            return new State(Pkcs12Files.empty(), Pkcs12Files.empty(), MetadataFile.load(files.metadata()));
        }
        return new State(
                Pkcs12Files.load(files.identities(), password),
                Pkcs12Files.load(files.trustAnchors(), password),
                MetadataFile.load(files.metadata()));
    }

    @FunctionalInterface
    private interface Change<T> {
        T apply(State state) throws CertStoreException;
    }

    /** Runs a change under the store's file lock, on freshly read state. */
    private synchronized <T> T change(Change<T> change) throws CertStoreException {
        if (password == null && keychainAccount != null) {
            char[] generated = randomPassword();
            if (OsKeychain.write(keychainAccount, generated)) {
                password = generated;
                source = StorePasswordSource.OS_KEYCHAIN;
            }
        }
        if (password == null) {
            throw passwordNeeded(false);
        }
        try {
            AtomicFiles.createPrivateFile(files.lock());
            try (FileChannel channel = FileChannel.open(files.lock(), StandardOpenOption.WRITE);
                    FileLock ignored = channel.lock()) {
                AtomicFiles.deleteLeftovers(files.folder());
                return change.apply(state());
            }
        } catch (IOException e) {
            throw new CertStoreException(
                    Kind.STORE_IO,
                    files.folder().toString(),
                    "cannot lock the certificate store in " + files.folder() + " ("
                            + e.getClass().getSimpleName() + "): check the folder's permissions",
                    e);
        }
    }

    // ---- identities ---------------------------------------------------------------------------

    @Override
    public List<IdentityEntry> list() throws CertStoreException {
        State state = state();
        List<X509Certificate> anchors = state.anchorCertificates();
        List<IdentityEntry> entries = new ArrayList<>();
        for (String alias : aliases(state.identities())) {
            if (isKeyEntry(state.identities(), alias)) {
                entries.add(entry(state, alias, anchors));
            }
        }
        entries.sort(Comparator.comparing(e -> e.name().toLowerCase(Locale.ROOT)));
        return entries;
    }

    @Override
    public IdentityEntry show(String name) throws CertStoreException {
        State state = state();
        return entry(state, identityAlias(state, name), state.anchorCertificates());
    }

    private static boolean isKeyEntry(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (Exception e) {
            return false;
        }
    }

    private String identityAlias(State state, String name) throws CertStoreException {
        String alias = EntryNames.alias(name);
        if (!isKeyEntry(state.identities(), alias)) {
            throw new CertStoreException(
                    Kind.NOT_FOUND,
                    name,
                    "no certificate named '" + name + "' in the store: see 'certs list' for the names",
                    null);
        }
        return alias;
    }

    private static List<X509Certificate> chainOf(KeyStore store, String alias) throws CertStoreException {
        try {
            Certificate[] chain = store.getCertificateChain(alias);
            List<X509Certificate> result = new ArrayList<>();
            for (Certificate certificate : chain) {
                result.add((X509Certificate) certificate);
            }
            return result;
        } catch (Exception e) {
            throw new CertStoreException(
                    Kind.STORE_DAMAGED,
                    alias,
                    "the stored entry '" + alias + "' cannot be read: remove it and import it again",
                    e);
        }
    }

    private IdentityEntry entry(State state, String alias, List<X509Certificate> anchors) throws CertStoreException {
        IdentityMetadata meta = state.metadata().identities().get(alias);
        String name = meta == null || meta.name() == null ? alias : meta.name();
        String notes = meta == null ? "" : meta.notes();
        return EntryViews.describe(
                name,
                chainOf(state.identities(), alias),
                anchors,
                state.metadata().roleMappings(),
                notes,
                List.of());
    }

    @Override
    public ImportPreview importPreview(List<ImportFile> importFiles, ImportPasswords passwords)
            throws CertStoreException {
        ImportedIdentity identity;
        try {
            identity = Importer.identity(importFiles, passwords);
        } catch (CertStoreException e) {
            LOG.info(
                    "import of {} refused: {}",
                    importFiles.stream().map(ImportFile::name).toList(),
                    e.kind());
            throw e;
        }
        X509Certificate leaf = identity.leaf();
        Instant now = Instant.now();
        switch (Validity.at(leaf, now)) {
            case EXPIRED ->
                throw new CertStoreException(
                        Kind.EXPIRED,
                        identity.leafFile(),
                        identity.leafFile() + ": the certificate "
                                + CertificateFacts.label(leaf) + " expired on "
                                + Validity.format(leaf.getNotAfter().toInstant())
                                + " (" + Validity.range(leaf) + "): ask your PKI for a renewed certificate",
                        null);
            case NOT_YET_VALID ->
                throw new CertStoreException(
                        Kind.NOT_YET_VALID,
                        identity.leafFile(),
                        identity.leafFile()
                                + ": the certificate " + CertificateFacts.label(leaf) + " is not valid before "
                                + Validity.format(leaf.getNotBefore().toInstant()) + " (" + Validity.range(leaf)
                                + "): check this computer's clock, or wait until then",
                        null);
            default -> {}
        }
        State state = state();
        refuseIfStored(state, leaf, identity.leafFile());
        String suggested = EntryNames.unique(
                state.identities(),
                CertificateFacts.commonName(leaf).isBlank() ? "identity" : CertificateFacts.commonName(leaf));
        IdentityEntry entry = EntryViews.describe(
                suggested,
                identity.chain(),
                state.anchorCertificates(),
                state.metadata().roleMappings(),
                "",
                identity.warnings());
        LOG.info(
                "import preview: {} from {} ({}, role {})",
                entry.subject(),
                identity.sourceFiles(),
                entry.keyType(),
                entry.role());
        return new ImportPreview(entry, identity.chain(), identity.key(), identity.findings(), identity.sourceFiles());
    }

    @Override
    public IdentityEntry save(ImportPreview preview, String requestedName, String notes) throws CertStoreException {
        String name = requestedName == null || requestedName.isBlank()
                ? preview.suggestedName()
                : EntryNames.checked(requestedName);
        return change(state -> {
            String alias = EntryNames.alias(name);
            refuseIfStored(state, preview.leaf(), String.join(", ", preview.sourceFiles()));
            if (EntryNames.containsAlias(state.identities(), alias)) {
                throw new CertStoreException(
                        Kind.DUPLICATE_NAME,
                        name,
                        "a certificate named '" + name
                                + "' is already stored: choose another name, or remove the old one first",
                        null);
            }
            try {
                state.identities()
                        .setEntry(
                                alias,
                                new KeyStore.PrivateKeyEntry(
                                        preview.privateKey(), preview.chain().toArray(X509Certificate[]::new)),
                                Pkcs12Files.protection(password));
            } catch (Exception e) {
                throw new CertStoreException(
                        Kind.INTERNAL, name, "could not add '" + name + "' to the store (details in the log)", e);
            }
            Pkcs12Files.save(state.identities(), files.identities(), password);
            StoreMetadata metadata = state.metadata()
                    .withIdentity(
                            alias,
                            new IdentityMetadata(name, preview.role(), notes == null ? "" : notes, Instant.now()));
            MetadataFile.save(metadata, files.metadata());
            LOG.info(
                    "stored identity '{}': {} ({}, role {})",
                    name,
                    preview.entry().subject(),
                    preview.entry().keyType(),
                    preview.role());
            State saved = new State(state.identities(), state.anchors(), metadata);
            return entry(saved, alias, saved.anchorCertificates());
        });
    }

    /** Importing the same certificate twice is refused: the user should see the entry they already have. */
    private static void refuseIfStored(State state, X509Certificate leaf, String files) throws CertStoreException {
        String fingerprint = CertificateFacts.sha256(leaf);
        for (String alias : aliases(state.identities())) {
            if (isKeyEntry(state.identities(), alias)) {
                List<X509Certificate> chain = chainOf(state.identities(), alias);
                if (CertificateFacts.sha256(chain.getFirst()).equals(fingerprint)) {
                    IdentityMetadata meta = state.metadata().identities().get(alias);
                    String name = meta == null || meta.name() == null ? alias : meta.name();
                    throw new CertStoreException(
                            Kind.ALREADY_STORED,
                            files,
                            "the certificate " + CertificateFacts.label(leaf) + " in " + files
                                    + " is already stored as '" + name
                                    + "': nothing to do (remove it first to import it again)",
                            null);
                }
            }
        }
    }

    @Override
    public IdentityEntry updateNotes(String name, String notes) throws CertStoreException {
        return change(state -> {
            String alias = identityAlias(state, name);
            IdentityMetadata old = state.metadata().identities().get(alias);
            IdentityEntry current = entry(state, alias, state.anchorCertificates());
            StoreMetadata metadata = state.metadata()
                    .withIdentity(
                            alias,
                            new IdentityMetadata(
                                    current.name(),
                                    current.role(),
                                    notes == null ? "" : notes,
                                    old == null ? Instant.now() : old.addedAt()));
            MetadataFile.save(metadata, files.metadata());
            State saved = new State(state.identities(), state.anchors(), metadata);
            return entry(saved, alias, saved.anchorCertificates());
        });
    }

    @Override
    public void remove(String name) throws CertStoreException {
        change(state -> {
            String alias = identityAlias(state, name);
            deleteEntry(state.identities(), alias);
            Pkcs12Files.save(state.identities(), files.identities(), password);
            MetadataFile.save(state.metadata().withIdentity(alias, null), files.metadata());
            LOG.info("removed identity '{}'", name);
            return null;
        });
    }

    private static void deleteEntry(KeyStore store, String alias) throws CertStoreException {
        try {
            store.deleteEntry(alias);
        } catch (Exception e) {
            throw new CertStoreException(
                    Kind.INTERNAL, alias, "could not remove '" + alias + "' (details in the log)", e);
        }
    }

    @Override
    public String exportPem(String name) throws CertStoreException {
        State state = state();
        return EntryViews.pem(chainOf(state.identities(), identityAlias(state, name)));
    }

    // ---- trust anchors ------------------------------------------------------------------------

    @Override
    public List<TrustAnchorEntry> addTrustAnchors(List<ImportFile> importFiles) throws CertStoreException {
        List<X509Certificate> candidates = Importer.certificates(importFiles);
        Instant now = Instant.now();
        for (X509Certificate certificate : candidates) {
            String label = CertificateFacts.label(certificate);
            boolean v3EndEntity = certificate.getVersion() >= 3 && certificate.getBasicConstraints() < 0;
            if (v3EndEntity && !CertificateFacts.selfSigned(certificate)) {
                throw new CertStoreException(
                        Kind.NOT_A_TRUST_ANCHOR,
                        label,
                        label
                                + " is not a CA certificate: add the CA certificates that issued it (e.g. Cloud CA and Root CA)",
                        null);
            }
            if (Validity.at(certificate, now) == Validity.State.EXPIRED) {
                throw new CertStoreException(
                        Kind.EXPIRED,
                        label,
                        "the CA certificate " + label + " expired on "
                                + Validity.format(certificate.getNotAfter().toInstant())
                                + ": get the current CA certificate from your PKI",
                        null);
            }
        }
        return change(state -> {
            List<String> known = new ArrayList<>();
            for (X509Certificate anchor : state.anchorCertificates()) {
                known.add(CertificateFacts.sha256(anchor));
            }
            List<TrustAnchorEntry> added = new ArrayList<>();
            StoreMetadata metadata = state.metadata();
            for (X509Certificate certificate : candidates) {
                String fingerprint = CertificateFacts.sha256(certificate);
                if (known.contains(fingerprint)) {
                    continue;
                }
                known.add(fingerprint);
                String cn = CertificateFacts.commonName(certificate);
                String name = EntryNames.unique(state.anchors(), cn.isBlank() ? "trust anchor" : cn);
                try {
                    state.anchors().setCertificateEntry(EntryNames.alias(name), certificate);
                } catch (Exception e) {
                    throw new CertStoreException(
                            Kind.INTERNAL, name, "could not add trust anchor '" + name + "' (details in the log)", e);
                }
                metadata = metadata.withAnchor(EntryNames.alias(name), new AnchorMetadata(name, now));
                added.add(EntryViews.anchor(name, certificate));
            }
            if (!added.isEmpty()) {
                Pkcs12Files.save(state.anchors(), files.trustAnchors(), password);
                MetadataFile.save(metadata, files.metadata());
                LOG.info(
                        "added trust anchors {}",
                        added.stream().map(TrustAnchorEntry::name).toList());
            }
            return added;
        });
    }

    @Override
    public List<TrustAnchorEntry> trustAnchors() throws CertStoreException {
        State state = state();
        List<TrustAnchorEntry> result = new ArrayList<>();
        for (String alias : aliases(state.anchors())) {
            X509Certificate certificate = anchorCertificate(state, alias);
            AnchorMetadata meta = state.metadata().trustAnchors().get(alias);
            result.add(EntryViews.anchor(meta == null ? alias : meta.name(), certificate));
        }
        result.sort(Comparator.comparing(e -> e.name().toLowerCase(Locale.ROOT)));
        return result;
    }

    private static X509Certificate anchorCertificate(State state, String alias) throws CertStoreException {
        try {
            if (state.anchors().getCertificate(alias) instanceof X509Certificate certificate) {
                return certificate;
            }
        } catch (Exception e) {
            throw new CertStoreException(
                    Kind.STORE_DAMAGED,
                    alias,
                    "trust anchor '" + alias + "' cannot be read: remove it and add it again",
                    e);
        }
        throw new CertStoreException(
                Kind.NOT_FOUND, alias, "no trust anchor named '" + alias + "': see 'trust list' for the names", null);
    }

    @Override
    public void removeTrustAnchor(String name) throws CertStoreException {
        change(state -> {
            String alias = EntryNames.alias(name);
            if (!EntryNames.containsAlias(state.anchors(), alias)) {
                throw new CertStoreException(
                        Kind.NOT_FOUND,
                        name,
                        "no trust anchor named '" + name + "': see 'trust list' for the names",
                        null);
            }
            deleteEntry(state.anchors(), alias);
            Pkcs12Files.save(state.anchors(), files.trustAnchors(), password);
            MetadataFile.save(state.metadata().withAnchor(alias, null), files.metadata());
            LOG.info("removed trust anchor '{}'", name);
            return null;
        });
    }

    // ---- roles --------------------------------------------------------------------------------

    @Override
    public Map<String, Role> roleMappings() throws CertStoreException {
        return state().metadata().roleMappings();
    }

    @Override
    public void mapRole(String caSha256, Role role) throws CertStoreException {
        String fingerprint = fingerprint(caSha256);
        java.util.Objects.requireNonNull(role, "role");
        change(state -> {
            MetadataFile.save(state.metadata().withRoleMapping(fingerprint, role), files.metadata());
            LOG.info("certificates issued by CA {} now have role {}", fingerprint, role);
            return null;
        });
    }

    @Override
    public void unmapRole(String caSha256) throws CertStoreException {
        String fingerprint = fingerprint(caSha256);
        change(state -> {
            MetadataFile.save(state.metadata().withRoleMapping(fingerprint, null), files.metadata());
            return null;
        });
    }

    private static String fingerprint(String text) throws CertStoreException {
        String canonical = CertificateFacts.canonicalFingerprint(text);
        if (canonical == null) {
            throw new CertStoreException(
                    Kind.INVALID_FINGERPRINT,
                    text,
                    "'" + text + "' is not a SHA-256 fingerprint: give the CA's 64 hex digits (colons optional)",
                    null);
        }
        return canonical;
    }

    // ---- TLS ----------------------------------------------------------------------------------

    @Override
    public TlsMaterial tlsMaterial(String identityName, List<String> trustAnchorNames) throws CertStoreException {
        State state = state();
        String alias = identityAlias(state, identityName);
        IdentityEntry entry = entry(state, alias, state.anchorCertificates());
        List<X509Certificate> chain = chainOf(state.identities(), alias);
        PrivateKey key;
        try {
            Key stored = state.identities().getKey(alias, password);
            key = (PrivateKey) stored;
        } catch (Exception e) {
            throw new CertStoreException(
                    Kind.STORE_DAMAGED,
                    identityName,
                    "the key of '" + identityName + "' cannot be read: remove it and import it again",
                    e);
        }
        List<X509Certificate> anchors = new ArrayList<>();
        if (trustAnchorNames.isEmpty()) {
            anchors.addAll(state.anchorCertificates());
        } else {
            for (String name : trustAnchorNames) {
                String anchorAlias = EntryNames.alias(name);
                if (!EntryNames.containsAlias(state.anchors(), anchorAlias)) {
                    throw new CertStoreException(
                            Kind.NOT_FOUND,
                            name,
                            "no trust anchor named '" + name + "': see 'trust list' for the names",
                            null);
                }
                anchors.add(anchorCertificate(state, anchorAlias));
            }
        }
        if (anchors.isEmpty()) {
            throw new CertStoreException(
                    Kind.NO_TRUST_ANCHORS,
                    identityName,
                    "no trust anchor to check the broker with: add the broker's CA chain (Cloud CA + Root CA) with 'trust add'",
                    null);
        }
        chain = EntryViews.completedFromAnchors(chain, state.anchorCertificates());
        TlsMaterial material = TlsMaterials.of(key, chain, anchors, entry);
        LOG.info(
                "TLS material for '{}' (CN {}, role {}, {} trust anchors)",
                entry.name(),
                entry.commonName(),
                entry.role(),
                anchors.size());
        return material;
    }
}
