package com.springcoreexplorer.ui.certificates;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The certificate manager's port onto the certificate store. Every method blocks on crypto and
 * file I/O: the view model calls them on a worker thread only.
 */
public interface CertificateService {

    /** Opens the store with the master password the user typed (after a {@link CertificateProblem.Field#STORE} problem). */
    void unlock(char[] masterPassword) throws CertificateProblem;

    /** Whether a store exists yet: the password prompt says "set" or "enter" accordingly. */
    boolean storeExists();

    /** What the store needs before the user can import or use a certificate (asked at once, where the user looks). */
    StoreLock lockState();

    List<CertificateRow> list() throws CertificateProblem;

    List<AnchorRow> anchors() throws CertificateProblem;

    /** Reads and validates the files together; passwords per file name, asked only when needed. */
    CertificatePreview preview(List<Path> files, Map<String, char[]> passwords) throws CertificateProblem;

    CertificateRow save(CertificatePreview preview, String name) throws CertificateProblem;

    void remove(String name) throws CertificateProblem;

    List<AnchorRow> addAnchors(List<Path> files) throws CertificateProblem;

    void removeAnchor(String name) throws CertificateProblem;
}
