package com.springcoreexplorer.certstore.validation;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a leaf's chain in issuing order (leaf, its issuer, that one's issuer...), whatever order the
 * files had it in, by following issuer names and checking signatures.
 *
 * @param chain  leaf first, then each issuer found among the candidates
 * @param sorted whether the candidates were in a different order than the result
 * @param unused candidates that are not part of the leaf's chain
 */
public record ChainOrder(List<X509Certificate> chain, boolean sorted, List<X509Certificate> unused) {

    public ChainOrder {
        chain = List.copyOf(chain);
        unused = List.copyOf(unused);
    }

    /** @param others every other certificate found, in file order */
    public static ChainOrder of(X509Certificate leaf, List<X509Certificate> others) {
        List<X509Certificate> chain = new ArrayList<>();
        List<X509Certificate> remaining = new ArrayList<>(others);
        remaining.remove(leaf);
        chain.add(leaf);
        X509Certificate current = leaf;
        while (!CertificateFacts.selfSigned(current)) {
            X509Certificate issuer = null;
            for (X509Certificate candidate : remaining) {
                if (CertificateFacts.issuedBy(current, candidate)) {
                    issuer = candidate;
                    break;
                }
            }
            if (issuer == null) {
                break;
            }
            remaining.remove(issuer);
            chain.add(issuer);
            current = issuer;
        }
        List<X509Certificate> inFileOrder = new ArrayList<>(others);
        inFileOrder.retainAll(chain.subList(1, chain.size()));
        boolean sorted = !inFileOrder.equals(chain.subList(1, chain.size()));
        return new ChainOrder(chain, sorted, remaining);
    }
}
