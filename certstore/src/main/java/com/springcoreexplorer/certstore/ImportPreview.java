package com.springcoreexplorer.certstore;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * What an import would store, worked out before anything is saved: the identity (leaf, ordered
 * chain, key), its role, what the validation found. Show it, let the user pick a name, then pass it
 * to {@link CertificateStore#save}. The private key stays inside: no accessor hands it out.
 */
public final class ImportPreview {

    private final IdentityEntry entry;
    private final List<X509Certificate> chain;
    private final PrivateKey privateKey;
    private final List<String> findings;
    private final List<String> sourceFiles;

    /**
     * @param entry       the entry as it would be listed, named with the suggested name
     * @param chain       leaf first, then intermediates in issuing order
     * @param privateKey  the leaf's key (checked to match)
     * @param findings    what the importer worked out, one line each (which file held what, chain sorted...)
     * @param sourceFiles the files the identity came from
     */
    public ImportPreview(
            IdentityEntry entry,
            List<X509Certificate> chain,
            PrivateKey privateKey,
            List<String> findings,
            List<String> sourceFiles) {
        this.entry = Objects.requireNonNull(entry, "entry");
        this.chain = List.copyOf(chain);
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.findings = List.copyOf(findings);
        this.sourceFiles = List.copyOf(sourceFiles);
        if (this.chain.isEmpty()) {
            throw new IllegalArgumentException("chain must hold at least the leaf");
        }
    }

    /** The entry as {@link CertificateStore#list()} would show it; its name is the suggested name. */
    public IdentityEntry entry() {
        return entry;
    }

    /** A name derived from the certificate (its CN), unique in the store at preview time. */
    public String suggestedName() {
        return entry.name();
    }

    public Role role() {
        return entry.role();
    }

    /** Leaf first, then intermediates in issuing order (sorted if the files had them reversed). */
    public List<X509Certificate> chain() {
        return chain;
    }

    public X509Certificate leaf() {
        return chain.getFirst();
    }

    /** Warnings (expiring soon, untrusted...) ; empty when all is well. Same as {@code entry().warnings()}. */
    public List<String> warnings() {
        return entry.warnings();
    }

    /** What the importer found in which file, one line each, for the preview dialog. */
    public List<String> findings() {
        return findings;
    }

    public List<String> sourceFiles() {
        return sourceFiles;
    }

    /** Package-private on purpose: only the store reads the key, to encrypt it. */
    PrivateKey privateKey() {
        return privateKey;
    }

    @Override
    public String toString() {
        return "ImportPreview[" + entry.subject() + ", " + entry.role() + ", from " + sourceFiles + "]";
    }
}
