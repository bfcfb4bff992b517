package com.springcoreexplorer.certstore.importing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * An identity worked out from import files, before validation against the store.
 *
 * @param chain       leaf first, then intermediates in issuing order
 * @param key         the leaf's private key (checked to match)
 * @param leafFile    the file the leaf came from
 * @param keyFile     the file the key came from
 * @param findings    what was found where, one line each
 * @param warnings    problems worth showing (unused certificates...)
 * @param sourceFiles every file, in the order given
 */
public record ImportedIdentity(
        List<X509Certificate> chain,
        PrivateKey key,
        String leafFile,
        String keyFile,
        List<String> findings,
        List<String> warnings,
        List<String> sourceFiles) {

    public ImportedIdentity {
        chain = List.copyOf(chain);
        findings = List.copyOf(findings);
        warnings = List.copyOf(warnings);
        sourceFiles = List.copyOf(sourceFiles);
    }

    public X509Certificate leaf() {
        return chain.getFirst();
    }

    @Override
    public String toString() {
        return "ImportedIdentity[" + leaf().getSubjectX500Principal() + ", from " + sourceFiles + "]";
    }
}
