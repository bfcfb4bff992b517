package com.springcoreexplorer.app.demo.pki;

import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.PBEParameterSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the demo PKI between runs in {@code <data>/demo/demo-pki.p12}: one encrypted PKCS#12
 * (the JDK's writer: AES-256-CBC + HMAC-SHA256), never a plain key file. The password is the
 * certificate store's environment variable when set; otherwise a random password kept beside it in
 * an owner-only file. That file protects demo material only (no real broker trusts this PKI): real
 * identities live in the certificate store, unlocked by the OS keychain or a master password.
 */
public final class DemoPkiFiles {

    public static final String PASSWORD_ENVIRONMENT_VARIABLE = "SPRINGCORE_EXPLORER_STORE_PASSWORD";
    private static final Logger LOG = LoggerFactory.getLogger(DemoPkiFiles.class);
    private static final String ROOT = "root";
    private static final String CLOUD = "cloud-ca";
    private static final String CLIENT = "client-ca";
    private static final String WATCH = "watch-ca";
    private static final String CONTROL_CA = "control-ca";
    private static final String BROKER = "broker";
    private static final String WATCHER = "watcher";
    private static final String CONTROL = "control";
    private static final String DEVICE_PREFIX = "device-";
    /** How each key is encrypted in the file (the JDK's PKCS#12 reader takes any of these). */
    private static final String KEY_PROTECTION = "PBEWithHmacSHA256AndAES_256";
    /** PBKDF2 rounds for a password a person chose (the store password variable): the JDK's default. */
    private static final int CHOSEN_PASSWORD_ITERATIONS = 10_000;
    /**
     * PBKDF2 rounds under the demo's own secret: 192 random bits, which stretching cannot make any
     * harder to guess; 10,000 rounds for each of 13 keys cost a first start about a second on two cores.
     */
    private static final int OWN_SECRET_ITERATIONS = 1_000;

    private static final SecureRandom SALTS = new SecureRandom();

    private final Path directory;
    private final Map<String, String> environment;

    /**
     * @param directory   where the demo keeps its files (usually {@code <data>/demo})
     * @param environment the process environment (for the store password variable)
     */
    public DemoPkiFiles(Path directory, Map<String, String> environment) {
        this.directory = directory.toAbsolutePath().normalize();
        this.environment = Map.copyOf(environment);
    }

    public Path directory() {
        return directory;
    }

    public Path keyStoreFile() {
        return directory.resolve("demo-pki.p12");
    }

    public Path passwordFile() {
        return directory.resolve("demo-pki.password");
    }

    /**
     * The saved PKI, topped up to {@code deviceCount} readers; a new one when there is none or the
     * saved one cannot be opened with today's password (moved aside, never deleted).
     */
    public DemoPki loadOrGenerate(int deviceCount) {
        char[] password = password();
        try {
            if (Files.isRegularFile(keyStoreFile())) {
                try {
                    DemoPki loaded = load(password);
                    DemoPki topped = loaded.withDevices(deviceCount);
                    if (topped != loaded) {
                        save(topped, password);
                    }
                    return topped;
                } catch (IOException | GeneralSecurityException | IllegalStateException unreadable) {
                    Path aside = keyStoreFile().resolveSibling("demo-pki.p12.unreadable-" + System.currentTimeMillis());
                    LOG.warn(
                            "demo PKI {} cannot be opened ({}); moved to {} and generating a new one",
                            keyStoreFile(),
                            unreadable.getClass().getSimpleName(),
                            aside.getFileName());
                    Files.move(keyStoreFile(), aside);
                }
            }
            DemoPki generated = DemoPki.generate(deviceCount);
            save(generated, password);
            return generated;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot keep the demo PKI in " + directory + ": " + e.getMessage(), e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private DemoPki load(char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStoreFile())) {
            store.load(in, password);
        }
        // the password outlives this call for keys decrypted later: keep a private copy
        char[] keyPassword = password.clone();
        List<LazyIdentity> devices = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            if (alias.startsWith(DEVICE_PREFIX)) {
                devices.add(entry(store, alias, keyPassword));
            }
        }
        devices.sort(java.util.Comparator.comparing(
                d -> d.certificate().getSubjectX500Principal().getName()));
        return new DemoPki(
                entry(store, ROOT, keyPassword),
                entry(store, CLOUD, keyPassword),
                entry(store, CLIENT, keyPassword),
                entry(store, WATCH, keyPassword),
                entry(store, CONTROL_CA, keyPassword),
                entry(store, BROKER, keyPassword),
                entry(store, WATCHER, keyPassword),
                entry(store, CONTROL, keyPassword),
                devices);
    }

    private static LazyIdentity entry(KeyStore store, String alias, char[] password) throws GeneralSecurityException {
        Certificate[] chain = store.getCertificateChain(alias);
        if (chain == null || !store.isKeyEntry(alias)) {
            throw new IllegalStateException("demo PKI has no entry " + alias);
        }
        List<X509Certificate> issuers = new ArrayList<>();
        for (int i = 1; i < chain.length; i++) {
            issuers.add((X509Certificate) chain[i]);
        }
        return new LazyIdentity((X509Certificate) chain[0], issuers, () -> (PrivateKey) store.getKey(alias, password));
    }

    private void save(DemoPki pki, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        int iterations = passwordFromEnvironment() ? CHOSEN_PASSWORD_ITERATIONS : OWN_SECRET_ITERATIONS;
        put(store, ROOT, pki.rootEntry(), password, iterations);
        put(store, CLOUD, pki.cloudCaEntry(), password, iterations);
        put(store, CLIENT, pki.clientCaEntry(), password, iterations);
        put(store, WATCH, pki.watchCaEntry(), password, iterations);
        put(store, CONTROL_CA, pki.controlCaEntry(), password, iterations);
        put(store, BROKER, pki.brokerEntry(), password, iterations);
        put(store, WATCHER, pki.watcherEntry(), password, iterations);
        put(store, CONTROL, pki.controlEntry(), password, iterations);
        for (LazyIdentity device : pki.deviceEntries()) {
            put(
                    store,
                    DEVICE_PREFIX
                            + com.springcoreexplorer.certstore.pki.CertificateIssuer.commonNameOf(device.certificate()),
                    device,
                    password,
                    iterations);
        }
        createPrivateDirectory(directory);
        Path temporary = Files.createTempFile(directory, "demo-pki", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, password);
            }
            Files.move(temporary, keyStoreFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void put(KeyStore store, String alias, LazyIdentity entry, char[] password, int iterations)
            throws GeneralSecurityException {
        IssuedCertificate issued = entry.get();
        byte[] salt = new byte[16];
        SALTS.nextBytes(salt);
        store.setEntry(
                alias,
                new KeyStore.PrivateKeyEntry(issued.privateKey(), issued.chainArray()),
                new KeyStore.PasswordProtection(password, KEY_PROTECTION, new PBEParameterSpec(salt, iterations)));
    }

    /** The environment's store password, else the demo's own random one (created once, owner-only). */
    private char[] password() {
        return passwordFromEnvironment()
                ? environment.get(PASSWORD_ENVIRONMENT_VARIABLE).toCharArray()
                : ownSecret();
    }

    private boolean passwordFromEnvironment() {
        String fromEnvironment = environment.get(PASSWORD_ENVIRONMENT_VARIABLE);
        return fromEnvironment != null && !fromEnvironment.isEmpty();
    }

    /**
     * The demo's own random secret in {@link #passwordFile()} (created once, owner-only), whatever the
     * environment says: it also protects the demo's own certificate store, which must never wait
     * for the user's master password.
     */
    public char[] ownSecret() {
        try {
            createPrivateDirectory(directory);
            if (!Files.isRegularFile(passwordFile())) {
                byte[] random = new byte[24];
                new SecureRandom().nextBytes(random);
                String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                try {
                    // created owner-only before anything is written into it
                    if (Files.getFileStore(directory).supportsFileAttributeView("posix")) {
                        Files.createFile(
                                passwordFile(),
                                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    } else {
                        Files.createFile(passwordFile());
                    }
                    Files.writeString(
                            passwordFile(), generated, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
                } catch (FileAlreadyExistsException raced) {
                    LOG.debug("demo PKI password created concurrently");
                }
            }
            return Files.readString(passwordFile(), StandardCharsets.US_ASCII)
                    .strip()
                    .toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the demo PKI password in " + passwordFile(), e);
        }
    }

    static void createPrivateDirectory(Path dir) throws IOException {
        Files.createDirectories(dir);
        ownerOnly(dir, "rwx------");
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
