package com.springcoreexplorer.ui.engine;

import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.CertificateStore;
import com.springcoreexplorer.certstore.IdentityEntry;
import com.springcoreexplorer.certstore.ImportFile;
import com.springcoreexplorer.certstore.ImportPasswords;
import com.springcoreexplorer.certstore.ImportPreview;
import com.springcoreexplorer.certstore.StoreOpener;
import com.springcoreexplorer.certstore.TrustAnchorEntry;
import com.springcoreexplorer.ui.certificates.AnchorRow;
import com.springcoreexplorer.ui.certificates.CertificatePreview;
import com.springcoreexplorer.ui.certificates.CertificateProblem;
import com.springcoreexplorer.ui.certificates.CertificateRow;
import com.springcoreexplorer.ui.certificates.CertificateService;
import com.springcoreexplorer.ui.certificates.StoreLock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The certificate manager over the real {@link CertificateStore}. The store is opened on first use
 * (worker thread): when it needs a master password, {@link #unlock} supplies it.
 */
public final class StoreCertificateService implements CertificateService {

    private final StoreOpener opener;
    private volatile CertificateStore store;
    private volatile java.util.function.Supplier<java.util.Optional<CertificateStore>> demoStoreSource =
            java.util.Optional::empty;
    private volatile CertificateStore demoStore;

    public StoreCertificateService(StoreOpener opener) {
        this.opener = opener;
    }

    /** An already opened store (tests, demo). */
    public StoreCertificateService(CertificateStore store) {
        this.opener = null;
        this.store = store;
    }

    /** The open store, opening it now if needed; fails with a STORE problem when a password is needed. */
    public synchronized CertificateStore store() throws CertificateProblem {
        if (store == null) {
            try {
                store = opener.open();
            } catch (CertStoreException e) {
                throw problem(e);
            }
        }
        return store;
    }

    /**
     * Where the demo's own identities live (a store protected by the demo's secret): asked lazily,
     * and again until a demo has made it, so demo profiles never need the user's master password.
     */
    public StoreCertificateService withDemoStore(
            java.util.function.Supplier<java.util.Optional<CertificateStore>> source) {
        demoStoreSource = source;
        return this;
    }

    /** The demo's store when there is one (worker thread). */
    public java.util.Optional<CertificateStore> demoStore() {
        CertificateStore known = demoStore;
        if (known == null) {
            known = demoStoreSource.get().orElse(null);
            demoStore = known;
        }
        return java.util.Optional.ofNullable(known);
    }

    /**
     * The store holding {@code identityName}: the demo's own store for a demo identity, the user's
     * store otherwise (opening it, which may need the master password). Worker thread.
     */
    public CertificateStore storeFor(String identityName) throws CertificateProblem, CertStoreException {
        java.util.Optional<CertificateStore> demo = demoStore();
        if (demo.isPresent()
                && demo.get().list().stream().anyMatch(entry -> entry.name().equals(identityName))) {
            return demo.get();
        }
        return store();
    }

    @Override
    public StoreLock lockState() {
        try {
            return store().passwordNeededForChanges() ? StoreLock.NEEDS_NEW_PASSWORD : StoreLock.OPEN;
        } catch (CertificateProblem e) {
            return e.field() == CertificateProblem.Field.STORE ? StoreLock.LOCKED : StoreLock.OPEN;
        }
    }

    @Override
    public synchronized void unlock(char[] masterPassword) throws CertificateProblem {
        if (opener == null) {
            return;
        }
        try {
            store = opener.masterPassword(masterPassword).open();
        } catch (CertStoreException e) {
            throw problem(e);
        } finally {
            java.util.Arrays.fill(masterPassword, '\0');
        }
    }

    @Override
    public boolean storeExists() {
        return opener == null || opener.storeExists();
    }

    @Override
    public List<CertificateRow> list() throws CertificateProblem {
        try {
            return store().list().stream().map(StoreCertificateService::row).toList();
        } catch (CertStoreException e) {
            throw problem(e);
        }
    }

    @Override
    public List<AnchorRow> anchors() throws CertificateProblem {
        try {
            return store().trustAnchors().stream()
                    .map(StoreCertificateService::anchor)
                    .toList();
        } catch (CertStoreException e) {
            throw problem(e);
        }
    }

    @Override
    public CertificatePreview preview(List<Path> files, Map<String, char[]> passwords) throws CertificateProblem {
        try {
            List<ImportFile> read = new ArrayList<>();
            for (Path file : files) {
                read.add(named(file));
            }
            Map<String, char[]> byName = new HashMap<>(passwords);
            ImportPreview preview = store().importPreview(read, ImportPasswords.perFile(byName));
            return new CertificatePreview(
                    preview,
                    row(preview.entry()),
                    preview.entry().chain(),
                    preview.findings().stream().map(WindowWording::of).toList());
        } catch (CertStoreException e) {
            throw problem(e);
        }
    }

    @Override
    public CertificateRow save(CertificatePreview preview, String name) throws CertificateProblem {
        try {
            return row(store().save((ImportPreview) preview.handle(), name, ""));
        } catch (CertStoreException e) {
            throw problem(e);
        }
    }

    @Override
    public void remove(String name) throws CertificateProblem {
        try {
            store().remove(name);
        } catch (CertStoreException e) {
            throw problem(e);
        }
    }

    @Override
    public List<AnchorRow> addAnchors(List<Path> files) throws CertificateProblem {
        try {
            List<ImportFile> read = new ArrayList<>();
            for (Path file : files) {
                read.add(named(file));
            }
            return store().addTrustAnchors(read).stream()
                    .map(StoreCertificateService::anchor)
                    .toList();
        } catch (CertStoreException e) {
            throw problem(e);
        }
    }

    @Override
    public void removeAnchor(String name) throws CertificateProblem {
        try {
            store().removeTrustAnchor(name);
        } catch (CertStoreException e) {
            throw problem(e);
        }
    }

    /** The file as the user knows it: its name, not the whole path (messages and password prompts stay short). */
    private static ImportFile named(Path file) throws CertStoreException {
        ImportFile read = ImportFile.read(file);
        return new ImportFile(file.getFileName().toString(), read.content());
    }

    static CertificateRow row(IdentityEntry entry) {
        return new CertificateRow(
                entry.name(),
                entry.role(),
                entry.commonName(),
                entry.issuerCommonName(),
                entry.notAfter(),
                entry.trusted(),
                entry.warnings().stream().map(WindowWording::of).toList());
    }

    static AnchorRow anchor(TrustAnchorEntry entry) {
        return new AnchorRow(entry.name(), entry.commonName(), entry.subject(), entry.notAfter());
    }

    static CertificateProblem problem(CertStoreException e) {
        CertificateProblem.Field field = switch (e.kind().field()) {
            case FILES, TRUST_ANCHORS -> CertificateProblem.Field.FILES;
            case FILE_PASSWORD -> CertificateProblem.Field.FILE_PASSWORD;
            case NAME -> CertificateProblem.Field.NAME;
            case STORE_PASSWORD -> CertificateProblem.Field.STORE;
            case NONE -> CertificateProblem.Field.NONE;
        };
        return new CertificateProblem(
                field,
                e.subject().orElse(""),
                WindowWording.of(e.userMessage()),
                e.kind() == CertStoreException.Kind.NEEDS_PASSWORD);
    }
}
