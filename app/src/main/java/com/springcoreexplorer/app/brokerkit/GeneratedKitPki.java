package com.springcoreexplorer.app.brokerkit;

import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A new SpringCore-shaped PKI for the kit: root, four CAs, broker, one Watcher, one Control, one reader. */
final class GeneratedKitPki {

    static final String LABEL = "SpringCore Broker Kit";
    static final String WATCHER_CN = "watcher";
    static final String CONTROL_CN = "control";

    private GeneratedKitPki() {}

    static KitPki generate(String hostname) {
        SpringCorePki pki = SpringCorePki.generate(LABEL);
        Set<String> names = new LinkedHashSet<>(List.of(hostname, "localhost", "127.0.0.1"));
        IssuedCertificate broker = pki.brokerCertificate(hostname, names.toArray(String[]::new));
        byte[] serialBytes = new byte[4];
        new SecureRandom().nextBytes(serialBytes);
        String serial = HexFormat.of().withUpperCase().formatHex(serialBytes);
        List<KitPki.NamedIdentity> clients = new ArrayList<>();
        clients.add(new KitPki.NamedIdentity("watcher", pki.watcherCertificate(WATCHER_CN)));
        clients.add(new KitPki.NamedIdentity("control", pki.controlCertificate(CONTROL_CN)));
        clients.add(new KitPki.NamedIdentity("device-" + serial, pki.deviceCertificate(serial)));
        List<KitPki.NamedIdentity> cas = List.of(
                new KitPki.NamedIdentity("root-ca", pki.root()),
                new KitPki.NamedIdentity("cloud-ca", pki.cloudCa()),
                new KitPki.NamedIdentity("client-ca", pki.clientCa()),
                new KitPki.NamedIdentity("watch-ca", pki.watchCa()),
                new KitPki.NamedIdentity("control-ca", pki.controlCa()));
        return new KitPki(
                List.of(
                        pki.root().certificate(),
                        pki.cloudCa().certificate(),
                        pki.clientCa().certificate(),
                        pki.watchCa().certificate(),
                        pki.controlCa().certificate()),
                Optional.of(broker),
                List.of(WATCHER_CN),
                List.of(CONTROL_CN),
                clients,
                cas);
    }
}
