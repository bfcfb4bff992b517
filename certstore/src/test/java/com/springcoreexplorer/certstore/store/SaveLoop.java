package com.springcoreexplorer.certstore.store;

import com.springcoreexplorer.certstore.CertificateStore;
import com.springcoreexplorer.certstore.ImportPasswords;
import com.springcoreexplorer.certstore.ImportPreview;
import com.springcoreexplorer.certstore.pki.CertificateIssuer;
import com.springcoreexplorer.certstore.pki.IssuedCertificate;
import com.springcoreexplorer.certstore.testing.KeyFiles;
import com.springcoreexplorer.certstore.testing.TestStores;
import java.nio.file.Path;
import java.util.List;

/**
 * Child process for {@link CrashSafetyTest}: saves and removes identities in an endless loop, so
 * that a SIGKILL lands in the middle of some write. Prints "saving" once it has started writing.
 */
public final class SaveLoop {

    private SaveLoop() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        CertificateStore store = TestStores.open(data);
        // EC keys only: a child that starts fast spends its time in the loop
        IssuedCertificate ca = CertificateIssuer.subject("CN=Crash CA")
                .profile(CertificateIssuer.Profile.ROOT_CA)
                .issue();
        IssuedCertificate identity =
                CertificateIssuer.subject("CN=looping").issuedBy(ca).issue();
        ImportPreview preview = store.importPreview(
                List.of(KeyFiles.file("l.pem", KeyFiles.pkcs8Pem(identity.privateKey()) + KeyFiles.chainPem(identity))),
                ImportPasswords.none());
        System.out.println("saving");
        System.out.flush();
        String prefix = "loop " + ProcessHandle.current().pid() + " ";
        for (long i = 0; ; i++) {
            store.save(preview, prefix + i, "note " + i);
            store.remove(prefix + i);
        }
    }
}
