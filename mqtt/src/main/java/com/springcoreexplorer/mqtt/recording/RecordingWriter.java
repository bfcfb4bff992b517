package com.springcoreexplorer.mqtt.recording;

import com.springcoreexplorer.mqtt.message.InboundMessage;
import com.springcoreexplorer.mqtt.springcore.decode.DecodedMessage;
import com.springcoreexplorer.mqtt.springcore.decode.MessageDecoder;
import com.springcoreexplorer.mqtt.springcore.decode.Move;
import com.springcoreexplorer.mqtt.springcore.decode.TagEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

/**
 * Writes batches of messages into a recording file, one transaction per batch: a crash keeps every
 * committed batch. Not thread-safe: one writer thread owns it ({@link Recorder}).
 */
final class RecordingWriter implements AutoCloseable {

    private final Path file;
    private final Connection connection;
    private final String source;
    private final MessageDecoder decoder;
    private final long maxBytes;
    private final PreparedStatement insertMessage;
    private final PreparedStatement insertTag;
    private final PreparedStatement insertText;
    private long nextId;
    private long rows;

    private RecordingWriter(Path file, Connection connection, String source, MessageDecoder decoder, long maxBytes)
            throws SQLException {
        this.file = file;
        this.connection = connection;
        this.source = source;
        this.decoder = decoder;
        this.maxBytes = maxBytes;
        this.insertMessage = connection.prepareStatement(
                "INSERT INTO messages (id, received_at, topic, qos, retain, payload, properties, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        this.insertTag = connection.prepareStatement(
                "INSERT INTO tag_events (message_id, received_at, device, interface, protocol, tag_id, move, rssi) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        this.insertText =
                connection.prepareStatement("INSERT INTO messages_fts (rowid, topic, payload_text) VALUES (?, ?, ?)");
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT coalesce(max(id), 0), count(*) FROM messages")) {
            result.next();
            this.nextId = result.getLong(1) + 1;
            this.rows = result.getLong(2);
        }
    }

    /** Opens (creating when new) a recording for appending. */
    static RecordingWriter open(Path file, RecorderSettings settings) throws RecordingException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new RecordingException("folder " + parent + " does not exist; create it or choose another --out");
        }
        Connection connection = null;
        try {
            connection = SqliteFiles.connect(file, false);
            RecordingSchema.configure(connection);
            RecordingSchema.createOrCheck(connection);
            try (PreparedStatement info =
                    connection.prepareStatement("INSERT OR IGNORE INTO recording_info (key, value) VALUES (?, ?)")) {
                for (String[] pair : new String[][] {
                    {"format", "springcore-explorer-recording"},
                    {"created_at", Instant.now().toString()}
                }) {
                    info.setString(1, pair[0]);
                    info.setString(2, pair[1]);
                    info.executeUpdate();
                }
            }
            connection.setAutoCommit(false);
            return new RecordingWriter(
                    file,
                    connection,
                    settings.source(),
                    new MessageDecoder(settings.decoderSettings()),
                    settings.maxBytes());
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new RecordingException("cannot write recording " + file + ": " + e.getMessage(), e);
        } catch (RecordingException e) {
            closeQuietly(connection);
            throw new RecordingException("cannot record into " + file + ": " + e.getMessage());
        }
    }

    /** Appends the batch in one transaction; then trims the oldest rows when over the size limit. Returns the rows pruned. */
    long append(List<InboundMessage> batch) throws SQLException {
        try {
            for (InboundMessage message : batch) {
                long id = nextId++;
                long micros = RecordedMessage.micros(message.receivedAt());
                insertMessage.setLong(1, id);
                insertMessage.setLong(2, micros);
                insertMessage.setString(3, message.topic());
                insertMessage.setInt(4, message.qos());
                insertMessage.setInt(5, message.retain() ? 1 : 0);
                insertMessage.setBytes(6, message.payload());
                String properties = PropertiesJson.write(message.properties());
                if (properties == null) {
                    insertMessage.setNull(7, Types.VARCHAR);
                } else {
                    insertMessage.setString(7, properties);
                }
                insertMessage.setString(8, source);
                insertMessage.addBatch();
                String text = PayloadText.of(message.payload());
                if (text != null) {
                    insertText.setLong(1, id);
                    insertText.setString(2, message.topic());
                    insertText.setString(3, text);
                    insertText.addBatch();
                }
                DecodedMessage decoded = decoder.decode(message);
                if (decoded instanceof TagEvent event) {
                    insertTag.setLong(1, id);
                    insertTag.setLong(2, micros);
                    setText(insertTag, 3, event.deviceId());
                    setText(insertTag, 4, event.interfaceName());
                    setText(insertTag, 5, event.protocol());
                    insertTag.setString(6, event.tagId());
                    setText(
                            insertTag,
                            7,
                            event.move() == Move.UNKNOWN
                                    ? event.moveText()
                                    : event.move() == Move.NONE
                                            ? null
                                            : event.move().label());
                    if (event.rssi() == null) {
                        insertTag.setNull(8, Types.INTEGER);
                    } else {
                        insertTag.setInt(8, event.rssi());
                    }
                    insertTag.addBatch();
                }
            }
            insertMessage.executeBatch();
            insertText.executeBatch();
            insertTag.executeBatch();
            connection.commit();
            rows += batch.size();
        } catch (SQLException e) {
            connection.rollback();
            nextId -= batch.size();
            throw e;
        }
        return maxBytes > 0 ? pruneOverLimit() : 0;
    }

    /**
     * Deletes the oldest rows until the data fits in 90% of the limit (so pruning is not needed at every
     * batch). Freed pages are reused by later inserts: the file stops growing at about the limit.
     */
    private long pruneOverLimit() throws SQLException {
        long deleted = 0;
        // pages do not empty in proportion to the rows deleted: check again until it fits (a few rounds at most)
        for (int round = 0; round < 8; round++) {
            long used = usedBytes();
            if (used <= maxBytes || rows == 0) {
                break;
            }
            double perRow = (double) used / rows;
            long toDelete = Math.min(rows, Math.max(1, (long) Math.ceil((used - maxBytes * 0.9) / perRow)));
            deleted += deleteOldest(toDelete);
        }
        return deleted;
    }

    private long deleteOldest(long count) throws SQLException {
        long lastId;
        try (PreparedStatement find =
                connection.prepareStatement("SELECT id FROM messages ORDER BY id LIMIT 1 OFFSET ?")) {
            find.setLong(1, count - 1);
            try (ResultSet result = find.executeQuery()) {
                if (!result.next()) {
                    return 0;
                }
                lastId = result.getLong(1);
            }
        }
        long deleted;
        try {
            for (String sql : new String[] {
                "DELETE FROM tag_events WHERE message_id <= ?", "DELETE FROM messages_fts WHERE rowid <= ?"
            }) {
                try (PreparedStatement delete = connection.prepareStatement(sql)) {
                    delete.setLong(1, lastId);
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM messages WHERE id <= ?")) {
                delete.setLong(1, lastId);
                deleted = delete.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
        rows -= deleted;
        return deleted;
    }

    /** Bytes in pages that hold data (the file's size minus its free pages). */
    long usedBytes() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            long pages = single(statement, "PRAGMA page_count");
            long free = single(statement, "PRAGMA freelist_count");
            long size = single(statement, "PRAGMA page_size");
            return (pages - free) * size;
        }
    }

    /** The file and its write-ahead log, as the disk sees them. */
    long fileBytes() {
        return sizeOf(file) + sizeOf(file.resolveSibling(file.getFileName() + "-wal"));
    }

    long rows() {
        return rows;
    }

    private static long sizeOf(Path path) {
        try {
            return Files.exists(path) ? Files.size(path) : 0;
        } catch (java.io.IOException gone) {
            return 0;
        }
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getLong(1) : 0;
        }
    }

    private static void setText(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    /** Checkpoints the log into the file (so the file alone holds everything) and closes. */
    @Override
    public void close() throws SQLException {
        try {
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        } finally {
            insertMessage.close();
            insertTag.close();
            insertText.close();
            connection.close();
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already failing: the first error is the one to report
            }
        }
    }
}
