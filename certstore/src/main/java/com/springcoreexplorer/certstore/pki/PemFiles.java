package com.springcoreexplorer.certstore.pki;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;

/**
 * Writes generated material as PEM for tools outside the product (mosquitto, openssl, demo
 * exports). Unencrypted keys are only ever written for demo/test material, on the caller's request.
 */
public final class PemFiles {

    private PemFiles() {}

    public static String certificates(List<X509Certificate> certificates) {
        return encode(certificates.toArray());
    }

    /** PKCS#8 "PRIVATE KEY", unencrypted. For demo and test material only. */
    public static String unencryptedPrivateKey(PrivateKey key) {
        try {
            return encode(new JcaPKCS8Generator(key, null).generate());
        } catch (org.bouncycastle.util.io.pem.PemGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PKCS#8 "ENCRYPTED PRIVATE KEY" (PBES2, AES-256-CBC). */
    public static String encryptedPrivateKey(PrivateKey key, char[] password) {
        try {
            OutputEncryptor encryptor = new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC)
                    .setProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider())
                    .setPassword(password)
                    .build();
            return encode(new JcaPKCS8Generator(key, encryptor).generate());
        } catch (OperatorCreationException | org.bouncycastle.util.io.pem.PemGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void write(Path file, String pem) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, pem, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(Object... objects) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            for (Object object : objects) {
                writer.writeObject(object);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
