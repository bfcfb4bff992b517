package com.springcoreexplorer.certstore.testing;

import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.CertificateStore;
import com.springcoreexplorer.certstore.store.StoreFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Stores for tests: password from a given environment map, never the OS keychain. */
public final class TestStores {

    public static final String PASSWORD = "test store password";

    private TestStores() {}

    public static CertificateStore open(Path dataDirectory) throws CertStoreException {
        return open(dataDirectory, PASSWORD);
    }

    public static CertificateStore open(Path dataDirectory, String password) throws CertStoreException {
        return CertificateStore.at(dataDirectory)
                .useOsKeychain(false)
                .environment(Map.of(CertificateStore.PASSWORD_ENVIRONMENT_VARIABLE, password))
                .open();
    }

    /** Every store file's SHA-256 (lock file included, it is empty), to prove a failed operation changed nothing. */
    public static Map<String, String> snapshot(Path dataDirectory) {
        Map<String, String> files = new TreeMap<>();
        Path folder = new StoreFiles(dataDirectory).folder();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (var stream = Files.list(folder)) {
            for (Path file : stream.filter(Files::isRegularFile).toList()) {
                files.put(
                        file.getFileName().toString(),
                        java.util.HexFormat.of()
                                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                        .digest(Files.readAllBytes(file))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
