package com.springcoreexplorer.app.demo.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.SafeBag;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the demo PKI file protects its keys: cheap to open under the demo's random secret, stretched under a chosen password. */
class DemoPkiFilesTest {

    @TempDir
    Path folder;

    @Test
    void keysUnderTheDemosOwnRandomSecretTakeOneThousandRoundsAndStillLoad() throws Exception {
        DemoPkiFiles files = new DemoPkiFiles(folder.resolve("own"), Map.of());
        DemoPki first = files.loadOrGenerate(2);

        assertThat(keyIterations(files.keyStoreFile())).hasSize(10).containsOnly(1_000);
        assertThat(files.ownSecret()).hasSizeGreaterThanOrEqualTo(32); // 24 random bytes, base64
        DemoPki again = new DemoPkiFiles(folder.resolve("own"), Map.of()).loadOrGenerate(2);
        assertThat(again.root().certificate()).isEqualTo(first.root().certificate());
        assertThat(again.watcher().privateKey().getEncoded())
                .isEqualTo(first.watcher().privateKey().getEncoded());
    }

    @Test
    void keysUnderAPasswordFromTheEnvironmentKeepTenThousandRounds() throws Exception {
        DemoPkiFiles files = new DemoPkiFiles(
                folder.resolve("env"), Map.of(DemoPkiFiles.PASSWORD_ENVIRONMENT_VARIABLE, "a person chose this"));
        files.loadOrGenerate(1);

        assertThat(keyIterations(files.keyStoreFile())).hasSize(9).containsOnly(10_000);
    }

    /** PBKDF2 rounds of every shrouded key bag (the JDK's writer keeps key bags in the plain data part). */
    private static List<Integer> keyIterations(Path file) throws Exception {
        List<Integer> iterations = new ArrayList<>();
        for (ContentInfo info : new PKCS12PfxPdu(Files.readAllBytes(file)).getContentInfos()) {
            if (!info.getContentType().equals(PKCSObjectIdentifiers.data)) {
                continue;
            }
            byte[] bags = ASN1OctetString.getInstance(info.getContent()).getOctets();
            for (ASN1Encodable element : ASN1Sequence.getInstance(bags)) {
                SafeBag bag = SafeBag.getInstance(element);
                if (bag.getBagId().equals(PKCSObjectIdentifiers.pkcs8ShroudedKeyBag)) {
                    EncryptedPrivateKeyInfo key = EncryptedPrivateKeyInfo.getInstance(bag.getBagValue());
                    PBES2Parameters pbes2 = PBES2Parameters.getInstance(
                            key.getEncryptionAlgorithm().getParameters());
                    iterations.add(PBKDF2Params.getInstance(
                                    pbes2.getKeyDerivationFunc().getParameters())
                            .getIterationCount()
                            .intValue());
                }
            }
        }
        return iterations;
    }
}
