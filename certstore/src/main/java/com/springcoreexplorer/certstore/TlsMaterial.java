package com.springcoreexplorer.certstore;

import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * What a TLS client needs from the store, and all it ever gets: key managers holding the client
 * certificate chain (leaf + intermediates) and its key, trust managers holding the broker's CA
 * chain, plus the facts the connection needs (client ID = CN, role). No raw key leaves certstore.
 *
 * @param keyManagers    client identity (leaf + intermediates in one key entry)
 * @param trustManagers  trust anchors for the server chain
 * @param commonName     the client certificate's CN (SpringCore brokers want client ID = CN)
 * @param role           the role from the issuing CA
 * @param identityName   the store name of the identity, for messages
 */
public record TlsMaterial(
        KeyManagerFactory keyManagers,
        TrustManagerFactory trustManagers,
        String commonName,
        Role role,
        String identityName) {

    public TlsMaterial {
        Objects.requireNonNull(keyManagers, "keyManagers");
        Objects.requireNonNull(trustManagers, "trustManagers");
        Objects.requireNonNull(commonName, "commonName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(identityName, "identityName");
    }

    @Override
    public String toString() {
        return "TlsMaterial[" + identityName + ", CN=" + commonName + ", " + role + "]";
    }
}
