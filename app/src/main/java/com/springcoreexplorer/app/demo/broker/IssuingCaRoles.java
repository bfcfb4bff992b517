package com.springcoreexplorer.app.demo.broker;

import com.springcoreexplorer.certstore.Role;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Objects;

/**
 * The SpringCore rule, exactly: a client's role is decided by the CA that signed its certificate
 * (same issuer name AND a valid signature by that CA's key, so a look-alike CA gets nothing).
 */
public final class IssuingCaRoles {

    private final Map<X509Certificate, Role> rolesByCa;

    /** @param clientCa signs readers, @param watchCa signs Watchers, @param controlCa signs Controls */
    public IssuingCaRoles(X509Certificate clientCa, X509Certificate watchCa, X509Certificate controlCa) {
        this.rolesByCa = Map.of(
                Objects.requireNonNull(clientCa),
                Role.DEVICE,
                Objects.requireNonNull(watchCa),
                Role.WATCHER,
                Objects.requireNonNull(controlCa),
                Role.CONTROL);
    }

    /** The role of {@code leaf}; {@link Role#UNKNOWN} when no known CA signed it. */
    public Role roleOf(X509Certificate leaf) {
        if (leaf == null) {
            return Role.UNKNOWN;
        }
        for (Map.Entry<X509Certificate, Role> entry : rolesByCa.entrySet()) {
            X509Certificate ca = entry.getKey();
            if (ca.getSubjectX500Principal().equals(leaf.getIssuerX500Principal()) && signedBy(leaf, ca)) {
                return entry.getValue();
            }
        }
        return Role.UNKNOWN;
    }

    private static boolean signedBy(X509Certificate leaf, X509Certificate ca) {
        try {
            leaf.verify(ca.getPublicKey());
            return true;
        } catch (GeneralSecurityException notThisCa) {
            return false;
        }
    }
}
