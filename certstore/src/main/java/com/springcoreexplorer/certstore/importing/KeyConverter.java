package com.springcoreexplorer.certstore.importing;

import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.CertStoreException.Kind;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Null;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/** Turns a PKCS#8 structure into a JDK key object (the JDK's TLS stack then uses it directly). */
final class KeyConverter {

    private KeyConverter() {}

    static PrivateKey toJdkKey(PrivateKeyInfo info, String fileName) throws CertStoreException {
        ASN1ObjectIdentifier algorithm = info.getPrivateKeyAlgorithm().getAlgorithm();
        String jcaName;
        if (algorithm.equals(PKCSObjectIdentifiers.rsaEncryption)) {
            jcaName = "RSA";
        } else if (algorithm.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
            jcaName = "EC";
            ASN1Encodable parameters = info.getPrivateKeyAlgorithm().getParameters();
            if (parameters == null || parameters instanceof ASN1Null) {
                throw new CertStoreException(
                        Kind.UNSUPPORTED_ALGORITHM,
                        fileName,
                        fileName
                                + ": the EC private key does not name its curve: re-export it with openssl (openssl pkey -in KEY -out NEW)",
                        null);
            }
        } else if (algorithm.equals(EdECObjectIdentifiers.id_Ed25519)) {
            jcaName = "Ed25519";
        } else {
            throw new CertStoreException(
                    Kind.UNSUPPORTED_ALGORITHM,
                    fileName,
                    fileName + ": the private key's algorithm (" + algorithm.getId()
                            + ") is not supported: use an RSA, EC (P-256/P-384) or Ed25519 key",
                    null);
        }
        try {
            return KeyFactory.getInstance(jcaName).generatePrivate(new PKCS8EncodedKeySpec(info.getEncoded()));
        } catch (Exception e) {
            throw new CertStoreException(
                    Kind.UNSUPPORTED_ALGORITHM,
                    fileName,
                    fileName + ": the " + jcaName
                            + " private key cannot be used (unsupported curve or damaged key): use an RSA, EC P-256/P-384 or Ed25519 key",
                    e);
        }
    }
}
