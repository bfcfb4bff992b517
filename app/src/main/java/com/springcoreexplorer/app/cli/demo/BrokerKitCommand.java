package com.springcoreexplorer.app.cli.demo;

import com.springcoreexplorer.app.brokerkit.KitPki;
import com.springcoreexplorer.app.brokerkit.MosquittoKit;
import com.springcoreexplorer.app.brokerkit.StoreKitPki;
import com.springcoreexplorer.app.cli.CliFailure;
import com.springcoreexplorer.app.cli.CommandContext;
import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.CertificateStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code springcore-explorer broker-kit}: files to run your own broker with the SpringCore roles. */
@Command(
        name = "broker-kit",
        mixinStandardHelpOptions = true,
        description = "Write what you need to run your own TLS broker with the SpringCore roles.",
        subcommands = BrokerKitCommand.Mosquitto.class)
public final class BrokerKitCommand implements Callable<Integer> {

    /** Environment variable that gives the password of the kit's PKCS#12 files (else one is generated and shown). */
    public static final String PASSWORD_ENVIRONMENT_VARIABLE = "SPRINGCORE_EXPLORER_KIT_PASSWORD";

    @Override
    public Integer call() {
        throw CliFailure.badInput("say which broker: 'springcore-explorer broker-kit mosquitto DIR' (see --help)");
    }

    /** {@code broker-kit mosquitto DIR}. */
    @Command(
            name = "mosquitto",
            mixinStandardHelpOptions = true,
            description = {
                "Write a mosquitto 2.x kit into DIR: mosquitto.conf (TLS listener, client certificate required,",
                "CN as user name, TLS 1.2+), an ACL approximating the roles by name, ca.pem, the broker certificate,",
                "client identities as encrypted PKCS#12 and a README explaining what stock mosquitto cannot do."
            },
            footer = {
                "",
                "The PKCS#12 password comes from " + PASSWORD_ENVIRONMENT_VARIABLE
                        + ", else one is generated and printed once."
            })
    static final class Mosquitto implements Callable<Integer> {

        @Mixin
        CommandContext context;

        @Parameters(index = "0", paramLabel = "DIR", description = "A new (or empty) folder for the kit.")
        Path directory;

        @Option(
                names = "--from-store",
                description = "Use the CAs and Watcher/Control names in your certificate store instead of a new PKI "
                        + "(you bring the broker certificate from your Cloud CA).")
        boolean fromStore;

        @Option(
                names = "--hostname",
                paramLabel = "H",
                defaultValue = "localhost",
                description =
                        "Name clients use to reach the broker; goes into the broker certificate (default: ${DEFAULT-VALUE}).")
        String hostname;

        @Option(
                names = "--port",
                paramLabel = "PORT",
                defaultValue = "8883",
                description = "Listener port (default: ${DEFAULT-VALUE}).")
        int port;

        @Option(
                names = "--bind",
                paramLabel = "ADDRESS",
                description = "Listen on this address only (default: every interface).")
        String bindAddress;

        @Option(
                names = "--prefix",
                paramLabel = "PREFIX",
                defaultValue = MosquittoKit.DEFAULT_PREFIX,
                description = "SpringCore topic prefix for the readers' rule (default: ${DEFAULT-VALUE}).")
        String prefix;

        @Override
        public Integer call() {
            validate();
            PrintWriter out = context.out();
            String fromEnvironment = System.getenv(PASSWORD_ENVIRONMENT_VARIABLE);
            boolean generatedPassword = fromEnvironment == null || fromEnvironment.isEmpty();
            char[] password = generatedPassword ? randomPassword() : fromEnvironment.toCharArray();
            try {
                KitPki pki = fromStore ? storePki() : MosquittoKit.generatedPki(hostname);
                MosquittoKit.Written written = MosquittoKit.write(
                        new MosquittoKit.Options(directory, hostname, port, bindAddress, prefix, password), pki);
                out.println("kit: " + written.directory());
                out.println("config: " + written.config());
                out.println("acl: " + written.acl());
                out.println("ca: " + written.caFile());
                out.println("readme: " + written.readme());
                written.clientFiles().forEach(file -> out.println("pkcs12: " + file));
                if (!written.brokerCertificateIncluded()) {
                    out.println(
                            "next: put your broker certificate (from your Cloud CA) in server.pem and its key in server-key.pem");
                }
                if (generatedPassword && !written.clientFiles().isEmpty()) {
                    out.println("pkcs12 password (shown once, saved nowhere): " + new String(password));
                }
                out.println("start: mosquitto -c " + written.config());
                out.flush();
                return 0;
            } catch (MosquittoKit.KitException problem) {
                throw CliFailure.badInput(problem.getMessage());
            } catch (IOException e) {
                throw new CliFailure(
                        CliFailure.UNEXPECTED, "cannot write the kit to " + directory + ": " + e.getMessage());
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        private KitPki storePki() throws MosquittoKit.KitException {
            try {
                CertificateStore store = CertificateStore.at(
                                context.directories().data())
                        .environment(System.getenv())
                        .open();
                return StoreKitPki.read(store);
            } catch (CertStoreException e) {
                throw new MosquittoKit.KitException(
                        e.kind() == CertStoreException.Kind.STORE_PASSWORD_NEEDED
                                ? "--from-store needs the certificate store, which is locked: set "
                                        + CertificateStore.PASSWORD_ENVIRONMENT_VARIABLE
                                        + " (or use the OS keychain) and try again"
                                : "--from-store: " + e.userMessage());
            }
        }

        private void validate() {
            if (port < 1 || port > 65535) {
                throw CliFailure.badInput("--port must be 1..65535, not " + port);
            }
            if (hostname.isBlank() || hostname.contains(" ") || hostname.contains(",")) {
                throw CliFailure.badInput("--hostname must be one host name or IP address, not '" + hostname + "'");
            }
            if (prefix.isBlank()
                    || prefix.contains("+")
                    || prefix.contains("#")
                    || prefix.startsWith("/")
                    || prefix.endsWith("/")) {
                throw CliFailure.badInput(
                        "--prefix must be a topic prefix without wildcards or leading/trailing '/', not '" + prefix
                                + "'");
            }
        }

        private static char[] randomPassword() {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
        }
    }
}
