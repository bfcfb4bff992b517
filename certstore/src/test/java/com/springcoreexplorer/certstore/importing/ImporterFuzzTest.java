package com.springcoreexplorer.certstore.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.ImportFile;
import com.springcoreexplorer.certstore.ImportPasswords;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.pki.SpringCorePki;
import com.springcoreexplorer.certstore.testing.KeyFiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;

/**
 * Random bytes and mutated PEM/DER thrown at the importer: it either imports or fails with a
 * {@link CertStoreException}; never an unchecked exception or an error.
 */
class ImporterFuzzTest {

    private static final IssuedCertificate IDENTITY =
            SpringCorePki.generate("Fuzz").watcherCertificate("fuzz");
    private static final String PEM =
            KeyFiles.encryptedPkcs8Pem(IDENTITY.privateKey(), "pw") + KeyFiles.chainPem(IDENTITY);
    private static final String PLAIN_PEM = KeyFiles.pkcs8Pem(IDENTITY.privateKey()) + KeyFiles.chainPem(IDENTITY);
    private static final byte[] DER = KeyFiles.certificateDer(IDENTITY.certificate());

    private static void importOnlyFailsTyped(byte[] bytes) {
        try {
            Importer.identity(List.of(new ImportFile("fuzz.bin", bytes)), ImportPasswords.same("pw".toCharArray()));
        } catch (CertStoreException expected) {
            assertThat(expected.userMessage()).isNotBlank();
        }
    }

    @Property(tries = 1500)
    void randomBytes(@ForAll @Size(max = 3000) byte[] bytes) {
        importOnlyFailsTyped(bytes);
    }

    @Property(tries = 1500)
    void randomDerStartingWithASequence(@ForAll @Size(min = 2, max = 2000) byte[] bytes) {
        bytes[0] = 0x30;
        importOnlyFailsTyped(bytes);
    }

    @Property(tries = 1500)
    void mutatedPem(@ForAll("pemMutations") Tuple.Tuple3<String, Integer, Character> mutation) {
        String pem = mutation.get1();
        int at = mutation.get2() % pem.length();
        String mutated = switch (mutation.get3() % 3) {
            case 0 -> pem.substring(0, at) + mutation.get3() + pem.substring(Math.min(pem.length(), at + 1)); // replace
            case 1 -> pem.substring(0, at); // truncate
            default ->
                pem.substring(0, at) + pem.substring(Math.min(pem.length(), at + 1 + mutation.get3() % 40)); // cut out
        };
        importOnlyFailsTyped(mutated.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Provide
    Arbitrary<Tuple.Tuple3<String, Integer, Character>> pemMutations() {
        return Arbitraries.of(PEM, PLAIN_PEM)
                .flatMap(pem -> Arbitraries.integers()
                        .between(0, pem.length() - 1)
                        .flatMap(at -> Arbitraries.chars().all().map(c -> Tuple.of(pem, at, c))));
    }

    @Property(tries = 1500)
    void mutatedDer(
            @ForAll @Size(min = 1, max = 8)
                    List<@net.jqwik.api.constraints.IntRange(min = 0, max = 100_000) Integer> positions,
            @ForAll byte value) {
        byte[] bytes = DER.clone();
        for (int position : positions) {
            bytes[position % bytes.length] ^= (byte) (value | 1);
        }
        importOnlyFailsTyped(bytes);
    }
}
