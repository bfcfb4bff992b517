package com.springcoreexplorer.certstore;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The certificate store: client identities (certificate + chain + private key) in one encrypted
 * PKCS#12 file, trust anchors apart from them, role mappings and notes in a JSON file beside them.
 * The GUI and the command line both use exactly this API.
 *
 * <p>Every method blocks on crypto and file I/O: call it from a worker thread, never the FX thread.
 * Implementations are thread-safe. Every failure is a {@link CertStoreException}; a failed change
 * leaves the store as it was (writes are atomic).
 *
 * <pre>{@code
 * CertificateStore store = CertificateStore.at(directories.data()).environment(System.getenv()).open();
 * ImportPreview preview = store.importPreview(List.of(ImportFile.read(p12)), ImportPasswords.same(pw));
 * store.save(preview, "my watcher", "");
 * TlsMaterial tls = store.tlsMaterial("my watcher", List.of());   // all trust anchors
 * }</pre>
 */
public interface CertificateStore {

    /** Name of the environment variable that holds the store password (scripts, tests, CI). */
    String PASSWORD_ENVIRONMENT_VARIABLE = "SPRINGCORE_EXPLORER_STORE_PASSWORD";

    /** Starts opening the store kept in {@code dataDirectory} (created on the first save). */
    static StoreOpener at(Path dataDirectory) {
        return new StoreOpener(dataDirectory);
    }

    /**
     * Where this store's password came from; null while a new store has none yet (its first change
     * then takes a random one kept in the OS keychain, or fails with STORE_PASSWORD_NEEDED).
     */
    StorePasswordSource passwordSource();

    /**
     * Whether the next change fails with STORE_PASSWORD_NEEDED unless the user gives a master
     * password first: a new store with no password from the environment and no OS keychain to keep
     * a random one. The window asks "Choose a master password" at once instead of after the import.
     */
    boolean passwordNeededForChanges();

    // ---- identities -------------------------------------------------------------------------

    /** Every identity, sorted by name, with role, trust and warnings computed now. */
    List<IdentityEntry> list() throws CertStoreException;

    /** One identity; {@link CertStoreException.Kind#NOT_FOUND} if there is none with that name. */
    IdentityEntry show(String name) throws CertStoreException;

    /**
     * Reads and validates {@code files} together (PEM, DER, PKCS#12; key, leaf and chain in any
     * files and any order) without saving anything. Fails with NEEDS_PASSWORD naming the file when
     * an encrypted file has no password yet, WRONG_PASSWORD, KEY_MISMATCH (naming key and
     * certificate files), EXPIRED / NOT_YET_VALID (with the dates), NO_PRIVATE_KEY, ...
     */
    ImportPreview importPreview(List<ImportFile> files, ImportPasswords passwords) throws CertStoreException;

    /**
     * Stores a previewed identity under {@code name} (null or blank: the suggested name) with
     * optional notes. DUPLICATE_NAME if the name is taken, INVALID_NAME if unusable.
     */
    IdentityEntry save(ImportPreview preview, String name, String notes) throws CertStoreException;

    /** Replaces an identity's notes. */
    IdentityEntry updateNotes(String name, String notes) throws CertStoreException;

    /** Deletes an identity and its key. NOT_FOUND if there is none. */
    void remove(String name) throws CertStoreException;

    /** The identity's certificate and chain as PEM, leaf first; never the key. */
    String exportPem(String name) throws CertStoreException;

    // ---- trust anchors ------------------------------------------------------------------------

    /**
     * Adds every certificate in {@code files} as a trust anchor, named by its CN (made unique).
     * Certificates already stored (same fingerprint) are skipped. Returns the anchors added.
     */
    List<TrustAnchorEntry> addTrustAnchors(List<ImportFile> files) throws CertStoreException;

    /** Every trust anchor, sorted by name. */
    List<TrustAnchorEntry> trustAnchors() throws CertStoreException;

    /** Deletes a trust anchor. NOT_FOUND if there is none. */
    void removeTrustAnchor(String name) throws CertStoreException;

    // ---- roles --------------------------------------------------------------------------------

    /** The user's mappings: issuing CA SHA-256 fingerprint (upper-case hex with colons) -> role. */
    Map<String, Role> roleMappings() throws CertStoreException;

    /** Maps certificates issued by the CA with this fingerprint (any hex spelling) to {@code role}. */
    void mapRole(String caSha256, Role role) throws CertStoreException;

    /** Removes a mapping; the SpringCore name rules apply again. */
    void unmapRole(String caSha256) throws CertStoreException;

    // ---- TLS ----------------------------------------------------------------------------------

    /**
     * What a TLS client needs to connect as {@code identityName}: key managers holding its key with
     * leaf + intermediates in one entry, trust managers holding the named trust anchors (an empty
     * list: every stored anchor). NOT_FOUND names a missing identity or anchor; NO_TRUST_ANCHORS
     * when there is none to trust.
     */
    TlsMaterial tlsMaterial(String identityName, List<String> trustAnchorNames) throws CertStoreException;
}
