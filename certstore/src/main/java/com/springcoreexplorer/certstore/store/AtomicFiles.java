package com.springcoreexplorer.certstore.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that a crash or kill -9 at any moment leaves either the old or the new content:
 * temp file in the same folder (0600), fsync, atomic rename over the target, fsync the folder.
 */
public final class AtomicFiles {

    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private AtomicFiles() {}

    public static void write(Path target, byte[] content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        createPrivateDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp", privateFile());
        try {
            try (FileChannel channel =
                    FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        syncDirectory(folder);
    }

    /**
     * Deletes temp files a killed writer left behind in {@code folder}. Call only while holding the
     * store's lock (no write can be in progress then).
     */
    public static void deleteLeftovers(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Creates the folder (and parents) readable by the owner only on POSIX. */
    public static void createPrivateDirectories(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (POSIX) {
            Files.createDirectories(
                    folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }

    /** An empty 0600 file, if it does not exist yet (the lock file). */
    public static void createPrivateFile(Path file) throws IOException {
        createPrivateDirectories(file.toAbsolutePath().getParent());
        if (!Files.exists(file)) {
            try {
                Files.createFile(file, privateFile());
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another process made it first: fine
            }
        }
    }

    private static FileAttribute<?>[] privateFile() {
        if (!POSIX) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        };
    }

    /** Makes the rename durable; not every OS lets a directory be opened, which is fine there. */
    private static void syncDirectory(Path folder) {
        if (!POSIX) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, Set.of(StandardOpenOption.READ))) {
            channel.force(true);
        } catch (IOException notSupported) {
            // best effort: the data itself was synced before the rename
        }
    }
}
