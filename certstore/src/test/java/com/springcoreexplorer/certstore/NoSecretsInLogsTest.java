package com.springcoreexplorer.certstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.certstore.testing.KeyFiles;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Captures every log event (all levels, stack traces included) while importing encrypted files,
 * failing with wrong passwords, saving, loading and building TLS material, and searches them for
 * the passwords and the private key's bytes (raw, hex, Base64 and PEM body).
 */
class NoSecretsInLogsTest {

    private static final String FILE_PASSWORD = "Tr0ub4dor&3-file";
    private static final String STORE_PASSWORD = "correct horse battery staple store";

    @TempDir
    Path data;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Logger root;
    private Level previousLevel;

    @BeforeEach
    void capture() {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        previousLevel = root.getLevel();
        root.setLevel(Level.ALL);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
        root.setLevel(previousLevel);
    }

    @Test
    void passwordsAndKeysNeverReachTheLog() throws Exception {
        SpringCorePki pki = SpringCorePki.generate("Log Test");
        IssuedCertificate identity = pki.controlCertificate("control-log");
        KeyFiles files = new KeyFiles(data);
        CertificateStore store = CertificateStore.at(data)
                .useOsKeychain(true)
                .environment(Map.of(CertificateStore.PASSWORD_ENVIRONMENT_VARIABLE, STORE_PASSWORD))
                .open();
        store.addTrustAnchors(List.of(
                KeyFiles.file("root.pem", KeyFiles.certificatePem(pki.root().certificate()))));
        ImportFile chain = KeyFiles.file("chain.pem", KeyFiles.chainPem(identity));
        List<ImportFile> encryptedKeys = List.of(
                KeyFiles.file("pkcs8.key", KeyFiles.encryptedPkcs8Pem(identity.privateKey(), FILE_PASSWORD)),
                KeyFiles.file(
                        "legacy.key", files.opensslTraditionalEncrypted(identity.privateKey(), "des3", FILE_PASSWORD)),
                KeyFiles.file("id.p12", files.pkcs12(identity, FILE_PASSWORD, false)));
        for (ImportFile key : encryptedKeys) {
            CertStoreException wrong = catchThrowableOfType(
                    CertStoreException.class,
                    () -> store.importPreview(
                            List.of(chain, key), ImportPasswords.same((FILE_PASSWORD + "x").toCharArray())));
            assertThat(wrong.userMessage()).doesNotContain(FILE_PASSWORD);
            store.importPreview(List.of(chain, key), ImportPasswords.same(FILE_PASSWORD.toCharArray()));
        }
        store.save(
                store.importPreview(
                        List.of(chain, encryptedKeys.getFirst()), ImportPasswords.same(FILE_PASSWORD.toCharArray())),
                "c",
                "");
        CertificateStore reopened = CertificateStore.at(data)
                .useOsKeychain(false)
                .environment(Map.of(CertificateStore.PASSWORD_ENVIRONMENT_VARIABLE, STORE_PASSWORD))
                .open();
        reopened.list();
        reopened.tlsMaterial("c", List.of());
        catchThrowableOfType(
                CertStoreException.class,
                () -> CertificateStore.at(data)
                        .useOsKeychain(false)
                        .environment(Map.of(CertificateStore.PASSWORD_ENVIRONMENT_VARIABLE, STORE_PASSWORD + "x"))
                        .open());

        assertThat(captured.list).as("the store logs what it does").isNotEmpty();
        byte[] key = identity.privateKey().getEncoded();
        String pemBody = KeyFiles.pkcs8Pem(identity.privateKey())
                .lines()
                .filter(l -> !l.startsWith("-----"))
                .findFirst()
                .orElseThrow();
        List<String> secrets = List.of(
                FILE_PASSWORD,
                STORE_PASSWORD,
                HexFormat.of().formatHex(key).substring(0, 48),
                HexFormat.of().withUpperCase().formatHex(key).substring(0, 48),
                Base64.getEncoder().encodeToString(key).substring(0, 40),
                pemBody,
                "PRIVATE KEY-----");
        for (ILoggingEvent event : captured.list) {
            String text = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            for (String secret : secrets) {
                assertThat(text).as("log line from " + event.getLoggerName()).doesNotContain(secret);
            }
        }
    }
}
