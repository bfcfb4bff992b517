package com.springcoreexplorer.mqtt.doctor;

import com.springcoreexplorer.certstore.TlsMaterial;
import com.springcoreexplorer.mqtt.profile.ConnectionProfile;
import com.springcoreexplorer.mqtt.profile.TlsVersion;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/** Our own TLS handshake over an open TCP socket, so the doctor can show and judge what the broker sends. */
final class TlsProbe {

    /** What the handshake showed; {@code failure} is null when it completed. */
    record Outcome(
            List<X509Certificate> chain,
            String protocol,
            String cipherSuite,
            String applicationProtocol,
            Exception failure,
            Exception chainFailure,
            Exception hostnameFailure) {}

    private TlsProbe() {}

    static Outcome handshake(Socket tcp, ConnectionProfile profile, TlsMaterial material, int timeoutMillis) {
        RecordingTrustManager recorder;
        SSLSocket socket = null;
        try {
            recorder = new RecordingTrustManager(extended(material), profile.hostnameVerification());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(material.keyManagers().getKeyManagers(), new TrustManager[] {recorder}, null);
            String serverName = profile.effectiveServerName();
            socket = (SSLSocket) context.getSocketFactory().createSocket(tcp, serverName, profile.port(), true);
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setProtocols(
                    profile.tlsVersions().stream().map(TlsVersion::jsseName).toArray(String[]::new));
            if (!isAddress(serverName)) {
                parameters.setServerNames(List.of(new SNIHostName(serverName)));
            }
            if (profile.hostnameVerification()) {
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
            }
            if (!profile.alpn().isEmpty()) {
                parameters.setApplicationProtocols(profile.alpn().toArray(String[]::new));
            }
            socket.setSSLParameters(parameters);
            socket.setSoTimeout(timeoutMillis);
        } catch (GeneralSecurityException | IOException | IllegalArgumentException setup) {
            close(socket, tcp);
            return new Outcome(List.of(), "", "", "", setup, null, null);
        }
        try {
            socket.startHandshake();
            var session = socket.getSession();
            String alpn = socket.getApplicationProtocol();
            return new Outcome(
                    chainOf(recorder),
                    session.getProtocol(),
                    session.getCipherSuite(),
                    alpn == null ? "" : alpn,
                    null,
                    null,
                    null);
        } catch (IOException failure) {
            return new Outcome(chainOf(recorder), "", "", "", failure, recorder.chainFailure, recorder.hostnameFailure);
        } finally {
            close(socket, tcp);
        }
    }

    private static List<X509Certificate> chainOf(RecordingTrustManager recorder) {
        X509Certificate[] chain = recorder.chain;
        return chain == null ? List.of() : List.of(chain);
    }

    private static X509ExtendedTrustManager extended(TlsMaterial material) throws GeneralSecurityException {
        for (TrustManager manager : material.trustManagers().getTrustManagers()) {
            if (manager instanceof X509ExtendedTrustManager extended) {
                return extended;
            }
        }
        throw new GeneralSecurityException("the trust anchors give no X.509 trust manager");
    }

    static boolean isAddress(String host) {
        return host.chars().allMatch(c -> Character.isDigit(c) || c == '.') || host.contains(":");
    }

    private static void close(SSLSocket socket, Socket tcp) {
        try {
            if (socket != null) {
                socket.close();
            } else {
                tcp.close();
            }
        } catch (IOException ignored) {
            // closing a probe: nothing to report
        }
    }

    static InetAddress[] resolve(String host) throws java.net.UnknownHostException {
        return InetAddress.getAllByName(host);
    }
}
