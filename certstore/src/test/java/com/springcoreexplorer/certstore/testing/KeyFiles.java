package com.springcoreexplorer.certstore.testing;

import com.springcoreexplorer.certstore.ImportFile;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.PemFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.openssl.jcajce.JcaMiscPEMGenerator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcePEMEncryptorBuilder;

/**
 * Writes generated identities in every format users bring: with Bouncy Castle, and with the real
 * {@code openssl} command (legacy encrypted PEM, PKCS#12 modern and legacy). Test material only.
 */
public final class KeyFiles {

    private final Path folder;

    public KeyFiles(Path folder) {
        this.folder = folder;
    }

    public static ImportFile file(String name, String text) {
        return new ImportFile(name, text.getBytes(StandardCharsets.US_ASCII));
    }

    public static ImportFile file(String name, byte[] bytes) {
        return new ImportFile(name, bytes);
    }

    // ---- PEM via Bouncy Castle ------------------------------------------------------------------

    public static String certificatePem(X509Certificate... certificates) {
        return PemFiles.certificates(List.of(certificates));
    }

    /** Leaf then issuers, as most PKIs ship "fullchain.pem" (without the root). */
    public static String chainPem(IssuedCertificate identity) {
        return PemFiles.certificates(identity.chain());
    }

    public static String pkcs8Pem(PrivateKey key) {
        return PemFiles.unencryptedPrivateKey(key);
    }

    public static String encryptedPkcs8Pem(PrivateKey key, String password) {
        return PemFiles.encryptedPrivateKey(key, password.toCharArray());
    }

    /** "RSA PRIVATE KEY" (PKCS#1) or "EC PRIVATE KEY" (SEC1, with its curve), written by openssl. */
    public String traditionalPem(PrivateKey key) {
        Path in = write("plain-" + System.nanoTime() + ".pem", pkcs8Pem(key));
        Path out = folder.resolve("trad-" + System.nanoTime() + ".pem");
        openssl(List.of("openssl", "pkey", "-in", in.toString(), "-traditional", "-out", out.toString()));
        return new String(read(out), StandardCharsets.US_ASCII);
    }

    /** Legacy OpenSSL encryption ({@code Proc-Type: 4,ENCRYPTED}), e.g. "DES-EDE3-CBC" or "AES-256-CBC". */
    public static String legacyEncryptedPem(PrivateKey key, String algorithm, String password) {
        try {
            // a BC key object writes SEC1 with its curve, as openssl does (the JDK's PKCS#8 omits it inside)
            PrivateKey bcKey = java.security.KeyFactory.getInstance(
                            key.getAlgorithm(), new org.bouncycastle.jce.provider.BouncyCastleProvider())
                    .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(key.getEncoded()));
            return pem(new JcaMiscPEMGenerator(
                    bcKey,
                    new JcePEMEncryptorBuilder(algorithm)
                            .setProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider())
                            .build(password.toCharArray())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(Object object) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object instanceof JcaMiscPEMGenerator generator ? generator.generate() : object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    // ---- DER ----------------------------------------------------------------------------------

    public static byte[] certificateDer(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] pkcs8Der(PrivateKey key) {
        return key.getEncoded();
    }

    /** PKCS#1 (RSA) or SEC1 (EC) DER, written by openssl. */
    public byte[] traditionalDer(PrivateKey key) {
        Path in = write("plain-" + System.nanoTime() + ".pem", pkcs8Pem(key));
        Path out = folder.resolve("trad-" + System.nanoTime() + ".der");
        openssl(List.of(
                "openssl", "pkey", "-in", in.toString(), "-traditional", "-outform", "DER", "-out", out.toString()));
        return read(out);
    }

    // ---- the openssl command ------------------------------------------------------------------

    /** PKCS#12 from openssl: key + leaf + chain; {@code legacy} uses RC2-40/3DES ({@code -legacy}). */
    public byte[] pkcs12(IssuedCertificate identity, String password, boolean legacy) {
        Path key = write("p12-key.pem", pkcs8Pem(identity.privateKey()));
        Path cert = write("p12-cert.pem", certificatePem(identity.certificate()));
        Path chain = write("p12-chain.pem", PemFiles.certificates(identity.issuers()));
        Path out = folder.resolve("identity-" + System.nanoTime() + ".p12");
        List<String> command = new ArrayList<>(List.of(
                "openssl",
                "pkcs12",
                "-export",
                "-inkey",
                key.toString(),
                "-in",
                cert.toString(),
                "-certfile",
                chain.toString(),
                "-name",
                "identity",
                "-passout",
                "pass:" + password,
                "-out",
                out.toString()));
        if (legacy) {
            command.add("-legacy");
        }
        openssl(command);
        return read(out);
    }

    /** A PKCS#12 holding only certificates ({@code -nokeys}). */
    public byte[] pkcs12WithoutKey(IssuedCertificate identity, String password) {
        Path cert = write("nokey-cert.pem", chainPem(identity));
        Path out = folder.resolve("nokey-" + System.nanoTime() + ".p12");
        openssl(List.of(
                "openssl",
                "pkcs12",
                "-export",
                "-nokeys",
                "-in",
                cert.toString(),
                "-passout",
                "pass:" + password,
                "-out",
                out.toString()));
        return read(out);
    }

    /** Legacy encrypted PEM written by openssl itself ({@code openssl pkey -traditional -des3|-aes256}). */
    public String opensslTraditionalEncrypted(PrivateKey key, String cipher, String password) {
        Path in = write("plain-" + System.nanoTime() + ".pem", pkcs8Pem(key));
        Path out = folder.resolve("legacy-" + System.nanoTime() + ".pem");
        openssl(List.of(
                "openssl",
                "pkey",
                "-in",
                in.toString(),
                "-traditional",
                "-" + cipher,
                "-passout",
                "pass:" + password,
                "-out",
                out.toString()));
        return new String(read(out), StandardCharsets.US_ASCII);
    }

    /** Encrypted PKCS#8 written by openssl ({@code openssl pkcs8 -topk8 -v2 aes-256-cbc}). */
    public String opensslEncryptedPkcs8(PrivateKey key, String password) {
        Path in = write("plain8-" + System.nanoTime() + ".pem", pkcs8Pem(key));
        Path out = folder.resolve("enc8-" + System.nanoTime() + ".pem");
        openssl(List.of(
                "openssl",
                "pkcs8",
                "-topk8",
                "-v2",
                "aes-256-cbc",
                "-in",
                in.toString(),
                "-passout",
                "pass:" + password,
                "-out",
                out.toString()));
        return new String(read(out), StandardCharsets.US_ASCII);
    }

    /** What {@code openssl pkcs12 -nodes} prints: "Bag Attributes" text around key and certificate PEM blocks. */
    public String opensslPkcs12AsPem(byte[] pkcs12, String password) {
        Path in = write("dump-" + System.nanoTime() + ".p12", pkcs12);
        Path out = folder.resolve("dump-" + System.nanoTime() + ".pem");
        openssl(List.of(
                "openssl",
                "pkcs12",
                "-in",
                in.toString(),
                "-nodes",
                "-passin",
                "pass:" + password,
                "-out",
                out.toString()));
        return new String(read(out), StandardCharsets.US_ASCII);
    }

    /** A PKCS#7 certificate bundle (.p7b), DER, from {@code openssl crl2pkcs7 -nocrl}. */
    public byte[] pkcs7Der(IssuedCertificate identity) {
        Path in = write("p7-" + System.nanoTime() + ".pem", chainPem(identity));
        Path out = folder.resolve("bundle-" + System.nanoTime() + ".p7b");
        openssl(List.of(
                "openssl",
                "crl2pkcs7",
                "-nocrl",
                "-certfile",
                in.toString(),
                "-outform",
                "DER",
                "-out",
                out.toString()));
        return read(out);
    }

    /** Encrypted PKCS#8 as DER ({@code openssl pkcs8 -topk8 -v2 aes-256-cbc -outform DER}). */
    public byte[] opensslEncryptedPkcs8Der(PrivateKey key, String password) {
        Path in = write("plain8d-" + System.nanoTime() + ".pem", pkcs8Pem(key));
        Path out = folder.resolve("enc8-" + System.nanoTime() + ".der");
        openssl(List.of(
                "openssl",
                "pkcs8",
                "-topk8",
                "-v2",
                "aes-256-cbc",
                "-in",
                in.toString(),
                "-outform",
                "DER",
                "-passout",
                "pass:" + password,
                "-out",
                out.toString()));
        return read(out);
    }

    /** Runs openssl; returns its stdout+stderr; fails the test on a non-zero exit. */
    public static String openssl(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("openssl failed: " + command.subList(0, 2) + ": " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Path write(String name, String text) {
        return write(name, text.getBytes(StandardCharsets.US_ASCII));
    }

    public Path write(String name, byte[] bytes) {
        try {
            Path file = folder.resolve(name);
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
