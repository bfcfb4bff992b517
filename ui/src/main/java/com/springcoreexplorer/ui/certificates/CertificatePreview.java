package com.springcoreexplorer.ui.certificates;

import java.util.List;

/**
 * What an import would store, before anything is saved.
 *
 * @param handle   the engine's preview, handed back to {@link CertificateService#save}; opaque here
 * @param entry    the identity as it would be listed (its name is the suggested name)
 * @param chain    subjects, leaf first
 * @param findings what the importer found in which file
 */
public record CertificatePreview(Object handle, CertificateRow entry, List<String> chain, List<String> findings) {

    public CertificatePreview {
        chain = List.copyOf(chain);
        findings = List.copyOf(findings);
    }
}
