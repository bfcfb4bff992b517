package com.springcoreexplorer.app.brokerkit;

import java.util.stream.Collectors;

/** The kit's README: how to run it, how to connect, and what stock mosquitto cannot do. */
final class KitReadme {

    private KitReadme() {}

    static String text(MosquittoKit.Options options, KitPki pki) {
        String clients = pki.clients().stream()
                .map(c -> "- `clients/" + c.name() + ".p12` (+ `-cert.pem`): CN `"
                        + c.identity().commonName() + "`")
                .collect(Collectors.joining("\n"));
        String brokerPart =
                pki.broker().isPresent() ? """
                  - `server.pem` / `server-key.pem`: the broker certificate (Cloud CA) for `%s`, with
                    localhost and 127.0.0.1 in its SANs. mosquitto reads the key unattended, so it is
                    not encrypted: it is owner-only; give it to the broker's user
                    (`chown mosquitto server-key.pem`) and to nobody else.
                  """.formatted(options.hostname()) : """
                  - **Bring your broker certificate**: put the broker certificate issued by your Cloud CA
                    (certificate then Cloud CA, PEM) in `server.pem` and its key in `server-key.pem`
                    (owner-only, readable by the broker's user). Its SANs must contain `%s`.
                  """.formatted(options.hostname());
        return """
                # SpringCore broker kit for mosquitto

                Written by `springcore-explorer broker-kit mosquitto`. Start the broker with

                    mosquitto -c %1$s/mosquitto.conf

                ## What is here
                - `mosquitto.conf`: one listener on port %2$d, MQTT over TLS 1.2+, a client certificate
                  required (`require_certificate true`) and its CN used as the user name
                  (`use_identity_as_username true`), no anonymous clients. Paths are absolute: edit
                  them if you move the folder. It queues up to 100,000 QoS 1/2 messages (64 MB) per slow
                  or offline subscriber with a kept session, 1,000 in flight (mosquitto's defaults, 1,000
                  and 20, drop a flood's messages for a subscriber that falls behind).
                - `acl`: the SpringCore roles by name: Watchers read `#` and publish nothing, Controls
                  read and write `#`, a reader (client ID = CN = serial number) reads and writes only
                  `%3$s/<CN>/#`.
                - `ca.pem`: the root and the intermediate CAs (mosquitto needs the self-signed root in
                  its `cafile`, or it refuses every client).
                %4$s%5$s
                - `ca-keys/` (when the kit made the PKI): the CA certificates with their keys, to issue
                  more certificates; keep them offline.

                The `.p12` files are encrypted with the password shown when the kit was written
                (or the one you gave). Import a Watcher or Control into SpringCore Explorer with its
                certificate import, and connect with the client ID = the certificate's CN.

                ## The limit of stock mosquitto (read this)
                SpringCore gives a role by **the CA that issued** a certificate (Watch CA, Control CA,
                Client CA). Stock mosquitto cannot tell which CA issued a certificate: every
                certificate under the root in `ca.pem` is accepted, whichever intermediate signed it,
                and the ACL only sees the CN. So:
                - the Watcher and Control CNs in `acl` must be **unique across your whole PKI**: a
                  reader certificate whose CN is `control` would get Control's rights;
                - every certificate under the root gets in (a Cloud CA certificate too), and the
                  reader rule applies to every user, so a Watcher may also write under
                  `%3$s/<its CN>/`;
                - a subscription outside a client's rights is granted (SUBACK success) but nothing is
                  delivered on it: mosquitto filters at delivery;
                - a publish refused by the ACL is silently dropped on MQTT 3.1.1; over MQTT 5 at QoS 1
                  the client gets PUBACK 0x87 (not authorized): prefer MQTT 5.

                Enforcing the roles by issuing CA needs a broker plugin (SpringCard uses its own
                mosquitto plugin) or a broker with an extension API: SpringCore Explorer's demo mode
                runs one (HiveMQ CE with an extension) if you want to see the exact behaviour.
                """.formatted(
                options.directory().toAbsolutePath().normalize(),
                options.port(),
                options.prefix(),
                brokerPart,
                clients.isEmpty()
                        ? ""
                        : "- Client identities (encrypted PKCS#12, certificate chain as PEM beside each):\n" + clients);
    }
}
