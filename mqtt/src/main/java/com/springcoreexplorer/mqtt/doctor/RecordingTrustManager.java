package com.springcoreexplorer.mqtt.doctor;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Wraps the store's trust manager to keep the broker's chain and to tell two failures apart that the
 * JDK reports alike: the chain is not trusted, or the chain is fine but does not name the host.
 */
final class RecordingTrustManager extends X509ExtendedTrustManager {

    private final X509ExtendedTrustManager delegate;
    private final boolean verifyHostname;
    volatile X509Certificate[] chain;
    volatile CertificateException chainFailure;
    volatile CertificateException hostnameFailure;

    RecordingTrustManager(X509ExtendedTrustManager delegate, boolean verifyHostname) {
        this.delegate = delegate;
        this.verifyHostname = verifyHostname;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] presented, String authType, Socket socket)
            throws CertificateException {
        checkChain(presented, authType);
        if (verifyHostname) {
            try {
                delegate.checkServerTrusted(presented, authType, socket);
            } catch (CertificateException e) {
                hostnameFailure = e;
                throw e;
            }
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] presented, String authType, SSLEngine engine)
            throws CertificateException {
        checkChain(presented, authType);
        if (verifyHostname) {
            try {
                delegate.checkServerTrusted(presented, authType, engine);
            } catch (CertificateException e) {
                hostnameFailure = e;
                throw e;
            }
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] presented, String authType) throws CertificateException {
        checkChain(presented, authType);
    }

    private void checkChain(X509Certificate[] presented, String authType) throws CertificateException {
        chain = presented.clone();
        try {
            delegate.checkServerTrusted(presented, authType);
        } catch (CertificateException e) {
            chainFailure = e;
            throw e;
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] presented, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("client side only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] presented, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("client side only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] presented, String authType) throws CertificateException {
        throw new CertificateException("client side only");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }
}
