package com.springcoreexplorer.certstore.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.springcoreexplorer.certstore.CertStoreException;
import com.springcoreexplorer.certstore.CertStoreException.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads and writes {@link StoreMetadata} as pretty JSON, atomically, 0600. */
public final class MetadataFile {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private MetadataFile() {}

    public static StoreMetadata load(Path file) throws CertStoreException {
        try {
            return JSON.readValue(Files.readAllBytes(file), StoreMetadata.class);
        } catch (NoSuchFileException absent) {
            return StoreMetadata.empty();
        } catch (IOException e) {
            throw new CertStoreException(
                    Kind.STORE_DAMAGED,
                    file.toString(),
                    "the certificate list " + file + " is damaged ("
                            + e.getClass().getSimpleName() + "): restore it from a backup or fix the JSON",
                    e);
        }
    }

    public static void save(StoreMetadata metadata, Path file) throws CertStoreException {
        try {
            AtomicFiles.write(file, JSON.writeValueAsBytes(metadata));
        } catch (IOException e) {
            throw new CertStoreException(
                    Kind.STORE_IO,
                    file.toString(),
                    "could not write " + file + " (" + e.getClass().getSimpleName()
                            + "): check free space and permissions",
                    e);
        }
    }
}
