package com.springcoreexplorer.certstore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One file the user picked for import: its name (for messages) and its bytes. Read through
 * {@link #read(Path)} so oversized files are refused before they fill memory.
 *
 * @param name    the file name as the user knows it (shown in every message about this file)
 * @param content the raw bytes
 */
public record ImportFile(String name, byte[] content) {

    /** Certificate, key and PKCS#12 files are a few KB; anything above this is not one. */
    public static final int MAX_SIZE = 1024 * 1024;

    public ImportFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }

    /** Reads {@code file}; refuses files over {@link #MAX_SIZE} without reading them whole. */
    public static ImportFile read(Path file) throws CertStoreException {
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new CertStoreException(
                        CertStoreException.Kind.UNREADABLE_FILE, name, name + ": no such file: check the path", null);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] content = in.readNBytes(MAX_SIZE + 1);
                if (content.length > MAX_SIZE) {
                    throw tooLarge(name, Files.size(file));
                }
                return new ImportFile(name, content);
            }
        } catch (IOException e) {
            throw new CertStoreException(
                    CertStoreException.Kind.UNREADABLE_FILE,
                    name,
                    name + ": cannot be read (" + e.getClass().getSimpleName() + "): check its permissions",
                    e);
        }
    }

    static CertStoreException tooLarge(String name, long size) {
        return new CertStoreException(
                CertStoreException.Kind.FILE_TOO_LARGE,
                name,
                name + " is " + (size / 1024) + " KB, too large for a certificate or key file (limit "
                        + (MAX_SIZE / 1024) + " KB): choose the certificate, key or PKCS#12 file",
                null);
    }

    /** Fails with FILE_TOO_LARGE for bytes handed over directly (GUI drag and drop) above {@link #MAX_SIZE}. */
    public void checkSize() throws CertStoreException {
        if (content.length > MAX_SIZE) {
            throw tooLarge(name, content.length);
        }
    }

    @Override
    public String toString() {
        return "ImportFile[" + name + ", " + content.length + " bytes]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImportFile that
                && name.equals(that.name)
                && java.util.Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + java.util.Arrays.hashCode(content);
    }
}
