package com.springcoreexplorer.mqtt.profile;

/** The TLS versions a profile may offer: 1.2 and 1.3 only (older ones are broken and never offered). */
public enum TlsVersion {
    TLS_1_3("TLSv1.3"),
    TLS_1_2("TLSv1.2");

    private final String jsseName;

    TlsVersion(String jsseName) {
        this.jsseName = jsseName;
    }

    /** The name JSSE and Netty use ("TLSv1.3"). */
    public String jsseName() {
        return jsseName;
    }
}
