package com.springcoreexplorer.certstore.importing;

import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.CertStoreException.Kind;
import com.springcoreexplorer.certstore.ImportFile;
import com.springcoreexplorer.certstore.ImportPasswords;
import com.springcoreexplorer.certstore.validation.CertificateFacts;
import com.springcoreexplorer.certstore.validation.ChainOrder;
import com.springcoreexplorer.certstore.validation.KeyMatch;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out, from several files given together, which holds the leaf, which the key and which the
 * chain; sorts the chain; checks the key belongs to the leaf. Each file is parsed with its own
 * password (asked for only when it is encrypted).
 */
public final class Importer {

    private Importer() {}

    /** Every file parsed, in order; the first failure (naming its file) stops it. */
    public static List<ParsedFile> parseAll(List<ImportFile> files, ImportPasswords passwords)
            throws CertStoreException {
        if (files.isEmpty()) {
            throw new CertStoreException(
                    Kind.NO_CERTIFICATE, null, "no file given: choose the certificate and key files", null);
        }
        List<ParsedFile> parsed = new ArrayList<>();
        for (ImportFile file : files) {
            parsed.add(FileParser.parse(file, passwords.passwordFor(file.name())));
        }
        return parsed;
    }

    public static ImportedIdentity identity(List<ImportFile> files, ImportPasswords passwords)
            throws CertStoreException {
        List<ParsedFile> parsed = parseAll(files, passwords);
        List<String> names = files.stream().map(ImportFile::name).toList();
        List<String> findings = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        Map<String, X509Certificate> certificates = new LinkedHashMap<>(); // by fingerprint, first seen wins
        Map<X509Certificate, String> certificateFile = new LinkedHashMap<>();
        List<PrivateKey> keys = new ArrayList<>();
        List<String> keyFiles = new ArrayList<>();
        for (ParsedFile file : parsed) {
            for (X509Certificate certificate : file.certificates()) {
                if (certificates.putIfAbsent(CertificateFacts.sha256(certificate), certificate) == null) {
                    certificateFile.put(certificate, file.name());
                }
            }
            for (PrivateKey key : file.keys()) {
                if (keys.stream().noneMatch(known -> Arrays.equals(known.getEncoded(), key.getEncoded()))) {
                    keys.add(key);
                    keyFiles.add(file.name());
                }
            }
            findings.add(file.name() + ": " + file.format() + ", "
                    + count(file.certificates().size(), "certificate") + ", "
                    + count(file.keys().size(), "private key"));
            file.ignored().forEach(item -> findings.add(file.name() + ": ignored " + item));
        }

        if (certificates.isEmpty()) {
            throw new CertStoreException(
                    Kind.NO_CERTIFICATE,
                    String.join(", ", names),
                    "no certificate in " + String.join(", ", names)
                            + ": add the certificate file (.crt/.pem) that goes with the key",
                    null);
        }
        if (keys.isEmpty()) {
            throw new CertStoreException(
                    Kind.NO_PRIVATE_KEY,
                    String.join(", ", names),
                    "no private key in " + String.join(", ", names)
                            + ": add the key file (.key/.pem) or a PKCS#12 that holds the key",
                    null);
        }
        if (keys.size() > 1 && !sameIdentity(keys, certificates.values())) {
            throw new CertStoreException(
                    Kind.SEVERAL_PRIVATE_KEYS,
                    String.join(", ", keyFiles),
                    "several private keys (" + String.join(", ", keyFiles)
                            + "): import one identity at a time, with only its own key",
                    null);
        }
        PrivateKey key = keys.getFirst();
        String keyFile = keyFiles.getFirst();

        List<X509Certificate> all = new ArrayList<>(certificates.values());
        X509Certificate leaf = all.stream()
                .filter(c -> KeyMatch.matches(key, c.getPublicKey()))
                .findFirst()
                .orElse(null);
        if (leaf == null) {
            X509Certificate endEntity = endEntity(all);
            throw new CertStoreException(
                    Kind.KEY_MISMATCH,
                    keyFile + ", " + certificateFile.get(endEntity),
                    "the private key in " + keyFile + " does not belong to the certificate in "
                            + certificateFile.get(endEntity) + " (" + CertificateFacts.label(endEntity)
                            + "): choose the key that was made with this certificate",
                    null);
        }
        String leafFile = certificateFile.get(leaf);
        findings.add(
                "certificate " + CertificateFacts.label(leaf) + " (" + leafFile + ") matches the key in " + keyFile);

        ChainOrder order = ChainOrder.of(leaf, all);
        if (order.sorted()) {
            findings.add("the chain was not in issuing order: sorted it");
        }
        for (X509Certificate certificate :
                order.chain().subList(1, order.chain().size())) {
            findings.add(
                    "chain: " + CertificateFacts.label(certificate) + " (" + certificateFile.get(certificate) + ")");
        }
        for (X509Certificate unused : order.unused()) {
            warnings.add(CertificateFacts.label(unused) + " in " + certificateFile.get(unused)
                    + " is not part of this certificate's chain: not stored (add CA certificates with 'trust add')");
        }
        return new ImportedIdentity(order.chain(), key, leafFile, keyFile, findings, warnings, names);
    }

    /** Certificates for {@code trust add}: every certificate in the files, keys refused. */
    public static List<X509Certificate> certificates(List<ImportFile> files) throws CertStoreException {
        List<X509Certificate> result = new ArrayList<>();
        for (ParsedFile file : parseAll(files, ImportPasswords.none())) {
            if (!file.keys().isEmpty()) {
                throw new CertStoreException(
                        Kind.NOT_A_TRUST_ANCHOR,
                        file.name(),
                        file.name()
                                + " holds a private key: a trust anchor is a CA certificate only; import identities with 'certs import'",
                        null);
            }
            if (file.certificates().isEmpty()) {
                throw new CertStoreException(
                        Kind.NO_CERTIFICATE,
                        file.name(),
                        "no certificate in " + file.name() + ": choose the CA certificate file (.crt/.pem)",
                        null);
            }
            result.addAll(file.certificates());
        }
        return result;
    }

    /** The same key read from two files (e.g. a PKCS#12 and a PEM) may encode differently: same if they match one certificate. */
    private static boolean sameIdentity(List<PrivateKey> keys, java.util.Collection<X509Certificate> certificates) {
        for (X509Certificate certificate : certificates) {
            if (keys.stream().allMatch(key -> KeyMatch.matches(key, certificate.getPublicKey()))) {
                return true;
            }
        }
        return false;
    }

    /** The certificate no other one in the set was issued by, i.e. the most likely leaf. */
    private static X509Certificate endEntity(List<X509Certificate> all) {
        for (X509Certificate candidate : all) {
            boolean issuesAnother =
                    all.stream().anyMatch(other -> other != candidate && CertificateFacts.issuedBy(other, candidate));
            if (!issuesAnother) {
                return candidate;
            }
        }
        return all.getFirst();
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
