package com.springcoreexplorer.certstore.validation;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;

/**
 * Whether a private key belongs to a certificate's public key: sign a random challenge with the
 * key and verify it with the certificate's public key. Works for RSA, EC and EdDSA alike.
 */
public final class KeyMatch {

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyMatch() {}

    public static boolean matches(PrivateKey privateKey, PublicKey publicKey) {
        if (!sameFamily(privateKey.getAlgorithm(), publicKey.getAlgorithm())) {
            return false;
        }
        if (privateKey instanceof RSAPrivateCrtKey rsa && publicKey instanceof RSAPublicKey pub) {
            return rsa.getModulus().equals(pub.getModulus())
                    && rsa.getPublicExponent().equals(pub.getPublicExponent());
        }
        String algorithm = switch (publicKey.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "Ed25519", "Ed448", "EdDSA" -> "EdDSA";
            default -> null;
        };
        if (algorithm == null) {
            return false;
        }
        try {
            byte[] challenge = new byte[32];
            RANDOM.nextBytes(challenge);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(privateKey);
            signer.update(challenge);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(challenge);
            return verifier.verify(signature);
        } catch (Exception e) {
            // a key the provider refuses for this public key's algorithm does not match it
            return false;
        }
    }

    private static boolean sameFamily(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    private static String normalise(String algorithm) {
        return switch (algorithm) {
            case "ECDSA" -> "EC";
            case "Ed25519", "Ed448" -> "EdDSA";
            default -> algorithm;
        };
    }
}
