package com.springcoreexplorer.mqtt.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Connection profiles in one JSON file ({@code profiles.json}) in the config folder. Every write
 * replaces the file atomically (temporary file + rename), so a crash leaves the old or the new file,
 * never half of one. An entry that cannot be read is reported and written back unchanged: fixing one
 * profile never costs the others. A file that is not JSON at all is never overwritten.
 * Not thread-confined; methods are synchronized. Does file I/O: never call on the FX thread.
 */
public final class ProfileStore {

    public static final String FILE_NAME = "profiles.json";
    private static final int FORMAT_VERSION = 1;

    private final Path file;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProfileStore(Path file) {
        this.file = file;
    }

    /** The store in {@code configDirectory} (created on first write). */
    public static ProfileStore in(Path configDirectory) {
        return new ProfileStore(configDirectory.resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /** An entry of the file that could not be read as a profile; kept in the file as it is. */
    public record UnreadableEntry(int position, String name, String problem) {}

    /** What the file holds: the readable profiles, in file order, and the entries that are not. */
    public record Contents(List<ConnectionProfile> profiles, List<UnreadableEntry> unreadable) {
        public Contents {
            profiles = List.copyOf(profiles);
            unreadable = List.copyOf(unreadable);
        }

        public Optional<ConnectionProfile> find(String name) {
            return profiles.stream().filter(p -> p.name().equals(name)).findFirst();
        }
    }

    private record Loaded(Contents contents, List<JsonNode> rawEntries) {}

    public synchronized Contents load() throws ProfileStoreException {
        return read().contents();
    }

    public synchronized List<ConnectionProfile> list() throws ProfileStoreException {
        return load().profiles();
    }

    public synchronized Optional<ConnectionProfile> find(String name) throws ProfileStoreException {
        return load().find(name);
    }

    /** Adds a new profile; refuses to replace one with the same name. */
    public synchronized void add(ConnectionProfile profile) throws ProfileStoreException {
        Loaded loaded = read();
        if (loaded.contents().find(profile.name()).isPresent()
                || namesOf(loaded.rawEntries()).contains(profile.name())) {
            throw new ProfileStoreException(
                    "a profile named '" + profile.name() + "' already exists; remove it first or choose another name");
        }
        List<JsonNode> entries = new ArrayList<>(loaded.rawEntries());
        entries.add(json.valueToTree(checked(profile)));
        write(entries);
    }

    /** Adds the profile or replaces the one with the same name (same position in the file). */
    public synchronized void save(ConnectionProfile profile) throws ProfileStoreException {
        Loaded loaded = read();
        List<JsonNode> entries = new ArrayList<>(loaded.rawEntries());
        JsonNode node = json.valueToTree(checked(profile));
        int index = namesOf(entries).indexOf(profile.name());
        if (index >= 0) {
            entries.set(index, node);
        } else {
            entries.add(node);
        }
        write(entries);
    }

    /** Removes the named profile (readable or not); false when there is none. */
    public synchronized boolean remove(String name) throws ProfileStoreException {
        Loaded loaded = read();
        List<JsonNode> entries = new ArrayList<>(loaded.rawEntries());
        int index = namesOf(entries).indexOf(name);
        if (index < 0) {
            return false;
        }
        entries.remove(index);
        write(entries);
        return true;
    }

    private ConnectionProfile checked(ConnectionProfile profile) throws ProfileStoreException {
        List<String> problems = profile.problems();
        if (!problems.isEmpty()) {
            throw new ProfileStoreException(
                    "profile '" + profile.name() + "' was not saved: " + String.join("; ", problems));
        }
        return profile;
    }

    private List<String> namesOf(List<JsonNode> entries) {
        List<String> names = new ArrayList<>();
        for (JsonNode entry : entries) {
            names.add(entry.path("name").asText(null));
        }
        return names;
    }

    private Loaded read() throws ProfileStoreException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException none) {
            return new Loaded(new Contents(List.of(), List.of()), List.of());
        } catch (IOException e) {
            throw new ProfileStoreException(
                    "cannot read the profiles file " + file + " (" + e.getMessage() + "); check its permissions", e);
        }
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr();
            throw new ProfileStoreException(
                    "the profiles file " + file + " is not valid JSON" + where
                            + "; fix it or move it away (it was left unchanged)",
                    e);
        } catch (IOException e) {
            throw new ProfileStoreException("cannot read the profiles file " + file + " (" + e.getMessage() + ")", e);
        }
        if (root == null || root.isMissingNode() || (root.isObject() && root.isEmpty())) {
            return new Loaded(new Contents(List.of(), List.of()), List.of());
        }
        JsonNode array = root.isArray() ? root : root.path("profiles");
        if (!array.isArray()) {
            throw new ProfileStoreException("the profiles file " + file
                    + " has no \"profiles\" list; fix it or move it away (it was left unchanged)");
        }
        List<ConnectionProfile> profiles = new ArrayList<>();
        List<UnreadableEntry> unreadable = new ArrayList<>();
        List<JsonNode> raw = new ArrayList<>();
        int position = 0;
        for (JsonNode entry : array) {
            position++;
            raw.add(entry);
            String name = entry.path("name").asText(null);
            try {
                ConnectionProfile profile = json.treeToValue(entry, ConnectionProfile.class);
                List<String> problems = profile.problems();
                if (problems.isEmpty()) {
                    profiles.add(profile);
                } else {
                    unreadable.add(new UnreadableEntry(position, name, String.join("; ", problems)));
                }
            } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                String message = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
                unreadable.add(new UnreadableEntry(position, name, "cannot be read (" + firstLine(message) + ")"));
            }
        }
        return new Loaded(new Contents(profiles, unreadable), raw);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown reason";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private void write(List<JsonNode> entries) throws ProfileStoreException {
        ObjectNode root = json.createObjectNode();
        root.put("version", FORMAT_VERSION);
        ArrayNode array = root.putArray("profiles");
        entries.forEach(array::add);
        Path directory = file.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, ".profiles-", ".tmp");
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the per-user folder's ACL already keeps others out
            }
            try (FileChannel channel = FileChannel.open(
                            temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                out.write(json.writeValueAsBytes(root));
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException e) {
            throw new ProfileStoreException(
                    "cannot write the profiles file " + file + " (" + e.getMessage()
                            + "); check the folder's permissions and free space (the old file is unchanged)",
                    e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // best effort: a stray temporary file is harmless
                }
            }
        }
    }
}
