package com.springcoreexplorer.certstore.importing;

import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.CertStoreException.Kind;
import com.springcoreexplorer.certstore.ImportFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * Reads one import file, whatever its format: PEM (any mix of certificates and keys: PKCS#1,
 * SEC1, PKCS#8, encrypted PKCS#8, legacy OpenSSL encrypted PEM), DER (certificate, PKCS#8,
 * encrypted PKCS#8, PKCS#1, SEC1, PKCS#7 bundle) or PKCS#12. Decryption of PEM keys goes through
 * Bouncy Castle (the JDK cannot decrypt them); PKCS#12 through the JDK (Bouncy Castle's
 * {@code getKey} accepts wrong passwords). "Wrong password" is decided by where a failure happens,
 * never by message text. Every failure is a {@link CertStoreException}.
 */
public final class FileParser {

    private static final Provider BC = new BouncyCastleProvider();

    private FileParser() {}

    public static ParsedFile parse(ImportFile file, Optional<char[]> password) throws CertStoreException {
        String name = file.name();
        byte[] bytes = file.content();
        file.checkSize();
        if (bytes.length == 0 || isBlank(bytes)) {
            throw new CertStoreException(
                    Kind.EMPTY_FILE, name, name + " is empty: choose the file your PKI gave you", null);
        }
        try {
            if (containsPemBlock(bytes)) {
                return parsePem(name, bytes, password);
            }
            if ((bytes[0] & 0xff) == 0x30) {
                return parseDer(name, bytes, password);
            }
        } catch (CertStoreException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            // a library choked on damaged input: that is the user's file, not our bug
            throw damaged(name, e);
        }
        throw new CertStoreException(
                Kind.UNRECOGNISED_CONTENT,
                name,
                name
                        + " is not a certificate, key or PKCS#12 file (neither PEM text nor DER): choose a .pem, .crt, .key, .der, .p12 or .pfx file",
                null);
    }

    static CertStoreException damaged(String name, Throwable cause) {
        return new CertStoreException(
                Kind.UNRECOGNISED_CONTENT,
                name,
                name + " is damaged or truncated and cannot be read: get a fresh copy of the file",
                cause);
    }

    // ---- PEM ----------------------------------------------------------------------------------

    private static ParsedFile parsePem(String name, byte[] bytes, Optional<char[]> password) throws Exception {
        List<X509Certificate> certificates = new ArrayList<>();
        List<PrivateKey> keys = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        int blocks = 0;
        try (PEMParser parser =
                new PEMParser(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.US_ASCII))) {
            Object object;
            while ((object = parser.readObject()) != null) {
                blocks++;
                switch (object) {
                    case X509CertificateHolder holder -> certificates.add(certificate(name, holder.getEncoded()));
                    case PEMKeyPair pair -> keys.add(KeyConverter.toJdkKey(pair.getPrivateKeyInfo(), name));
                    case PrivateKeyInfo info -> keys.add(KeyConverter.toJdkKey(info, name));
                    case PKCS8EncryptedPrivateKeyInfo encrypted -> keys.add(decryptPkcs8(name, encrypted, password));
                    case PEMEncryptedKeyPair encrypted -> keys.add(decryptLegacyPem(name, encrypted, password));
                    case ContentInfo info
                    when PKCSObjectIdentifiers.signedData.equals(info.getContentType()) ->
                        certificates.addAll(pkcs7(name, info.getEncoded()));
                    case ASN1ObjectIdentifier curveParameters -> ignored.add("EC parameters block (not needed)");
                    default -> ignored.add(describe(object) + " (not needed)");
                }
            }
        }
        if (certificates.isEmpty() && keys.isEmpty()) {
            if (blocks == 0) {
                throw damaged(name, null);
            }
            throw new CertStoreException(
                    Kind.UNRECOGNISED_CONTENT,
                    name,
                    name + " holds no certificate or private key (only " + String.join(", ", ignored)
                            + "): choose the certificate or key file",
                    null);
        }
        return new ParsedFile(name, "PEM", certificates, keys, ignored);
    }

    private static String describe(Object object) {
        String type = object.getClass().getSimpleName();
        return switch (type) {
            case "PKCS10CertificationRequest" -> "a certificate request";
            case "X509CRLHolder" -> "a revocation list";
            default -> "a " + type + " block";
        };
    }

    private static PrivateKey decryptPkcs8(
            String name, PKCS8EncryptedPrivateKeyInfo encrypted, Optional<char[]> password) throws CertStoreException {
        char[] secret = requirePassword(name, password);
        PrivateKeyInfo info;
        try {
            info = encrypted.decryptPrivateKeyInfo(new JceOpenSSLPKCS8DecryptorProviderBuilder()
                    .setProvider(BC)
                    .build(secret));
        } catch (OperatorCreationException e) {
            throw unsupportedEncryption(name, e);
        } catch (Exception e) {
            // PKCSException on a wrong password, or a parse error when a wrong password happened to unpad
            throw wrongPassword(name, e);
        } finally {
            Arrays.fill(secret, '\0');
        }
        return decryptedKey(name, info);
    }

    private static PrivateKey decryptLegacyPem(String name, PEMEncryptedKeyPair encrypted, Optional<char[]> password)
            throws CertStoreException {
        char[] secret = requirePassword(name, password);
        PEMKeyPair pair;
        try {
            pair = encrypted.decryptKeyPair(
                    new JcePEMDecryptorProviderBuilder().setProvider(BC).build(secret));
        } catch (Exception e) {
            // EncryptionException / PEMException on a wrong password (type, not message, decides)
            throw wrongPassword(name, e);
        } finally {
            Arrays.fill(secret, '\0');
        }
        return decryptedKey(name, pair.getPrivateKeyInfo());
    }

    /** A wrongly decrypted key may still unpad; if it then does not load as a key, the password was wrong. */
    private static PrivateKey decryptedKey(String name, PrivateKeyInfo info) throws CertStoreException {
        try {
            return KeyConverter.toJdkKey(info, name);
        } catch (CertStoreException e) {
            if (e.getCause() == null) {
                throw e; // a well-formed key of an algorithm we do not support
            }
            throw wrongPassword(name, e.getCause());
        }
    }

    private static char[] requirePassword(String name, Optional<char[]> password) throws CertStoreException {
        // an empty password counts as none: the file is encrypted, so it needs a real one
        if (password.isEmpty() || password.get().length == 0) {
            throw new CertStoreException(Kind.NEEDS_PASSWORD, name, name + " is encrypted: enter its password", null);
        }
        return password.get().clone();
    }

    static CertStoreException wrongPassword(String name, Throwable cause) {
        return new CertStoreException(Kind.WRONG_PASSWORD, name, "wrong password for " + name + ": try again", cause);
    }

    private static CertStoreException unsupportedEncryption(String name, Throwable cause) {
        return new CertStoreException(
                Kind.UNSUPPORTED_ALGORITHM,
                name,
                name
                        + " is encrypted with an algorithm this product cannot decrypt: re-export it with AES (e.g. openssl pkcs8 -topk8 -v2 aes-256-cbc)",
                cause);
    }

    // ---- DER ----------------------------------------------------------------------------------

    private static ParsedFile parseDer(String name, byte[] bytes, Optional<char[]> password) throws Exception {
        ASN1Primitive primitive;
        try {
            primitive = ASN1Primitive.fromByteArray(bytes);
        } catch (IOException | RuntimeException e) {
            throw damaged(name, e);
        }
        if (!(primitive instanceof ASN1Sequence sequence) || sequence.size() < 2) {
            throw damaged(name, null);
        }
        ASN1Encodable first = sequence.getObjectAt(0);
        ASN1Encodable second = sequence.getObjectAt(1);
        int size = sequence.size();
        if (first instanceof ASN1Integer version && version.hasValue(3) && second instanceof ASN1Sequence) {
            return Pkcs12Reader.read(name, bytes, password);
        }
        if (size == 3
                && first instanceof ASN1Sequence
                && second instanceof ASN1Sequence
                && sequence.getObjectAt(2) instanceof ASN1BitString) {
            return new ParsedFile(name, "DER certificate", List.of(certificate(name, bytes)), List.of(), List.of());
        }
        if (first instanceof ASN1ObjectIdentifier type && type.equals(PKCSObjectIdentifiers.signedData)) {
            return new ParsedFile(name, "PKCS#7 certificates", pkcs7(name, bytes), List.of(), List.of());
        }
        if (size == 2 && first instanceof ASN1Sequence && second instanceof ASN1OctetString) {
            PKCS8EncryptedPrivateKeyInfo encrypted = new PKCS8EncryptedPrivateKeyInfo(bytes);
            return keyFile(name, "DER encrypted PKCS#8", decryptPkcs8(name, encrypted, password));
        }
        if (size >= 3
                && first instanceof ASN1Integer version
                && second instanceof ASN1Sequence
                && sequence.getObjectAt(2) instanceof ASN1OctetString) {
            return keyFile(name, "DER PKCS#8", KeyConverter.toJdkKey(PrivateKeyInfo.getInstance(sequence), name));
        }
        if (size >= 9 && first instanceof ASN1Integer version && version.hasValue(0)) {
            RSAPrivateKey rsa = RSAPrivateKey.getInstance(sequence);
            PrivateKeyInfo info = new PrivateKeyInfo(
                    new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE), rsa);
            return keyFile(name, "DER PKCS#1 RSA key", KeyConverter.toJdkKey(info, name));
        }
        if (first instanceof ASN1Integer version && version.hasValue(1) && second instanceof ASN1OctetString) {
            ECPrivateKey ec = ECPrivateKey.getInstance(sequence);
            org.bouncycastle.asn1.ASN1Object parameters = ec.getParametersObject();
            if (parameters == null) {
                throw new CertStoreException(
                        Kind.UNSUPPORTED_ALGORITHM,
                        name,
                        name + ": the EC key does not name its curve: re-export it as PKCS#8 (openssl pkcs8 -topk8)",
                        null);
            }
            PrivateKeyInfo info =
                    new PrivateKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, parameters), ec);
            return keyFile(name, "DER SEC1 EC key", KeyConverter.toJdkKey(info, name));
        }
        throw new CertStoreException(
                Kind.UNRECOGNISED_CONTENT,
                name,
                name + " is DER data but not a certificate, key or PKCS#12 file: choose the file your PKI gave you",
                null);
    }

    private static ParsedFile keyFile(String name, String format, PrivateKey key) {
        return new ParsedFile(name, format, List.of(), List.of(key), List.of());
    }

    static X509Certificate certificate(String name, byte[] der) throws CertStoreException {
        try {
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (Exception e) {
            throw damaged(name, e);
        }
    }

    private static List<X509Certificate> pkcs7(String name, byte[] der) throws CertStoreException {
        try {
            List<X509Certificate> result = new ArrayList<>();
            for (Certificate certificate :
                    CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(der))) {
                result.add((X509Certificate) certificate);
            }
            return result;
        } catch (Exception e) {
            throw damaged(name, e);
        }
    }

    // ---- detection ----------------------------------------------------------------------------

    private static boolean containsPemBlock(byte[] bytes) {
        byte[] marker = "-----BEGIN ".getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= bytes.length - marker.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (bytes[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
