package com.springcoreexplorer.mqtt.recording;

import com.springcoreexplorer.mqtt.topictree.TopicFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Reads a recording without changing it (a read-only SQLite connection; a recorder may still be
 * writing it). Messages come in reception order ({@code received_at}, then {@code id}). One thread at a time.
 */
public final class RecordingReader implements AutoCloseable {

    private final Path file;
    private final Connection connection;

    private RecordingReader(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    public static RecordingReader open(Path file) throws RecordingException {
        if (!Files.isRegularFile(file)) {
            throw new RecordingException("no recording at " + file + "; check the path");
        }
        Connection connection = null;
        try {
            connection = SqliteFiles.connect(file, true);
            RecordingSchema.checkReadable(connection);
            return new RecordingReader(file, connection);
        } catch (SQLException e) {
            close(connection);
            throw new RecordingException("cannot read " + file + " as a recording: " + e.getMessage(), e);
        } catch (RecordingException e) {
            close(connection);
            throw new RecordingException(file + ": " + e.getMessage());
        }
    }

    public Path file() {
        return file;
    }

    public RecordingSummary summary() throws RecordingException {
        try (Statement statement = connection.createStatement()) {
            long messages;
            Instant first = null;
            Instant last = null;
            try (ResultSet rows =
                    statement.executeQuery("SELECT count(*), min(received_at), max(received_at) FROM messages")) {
                rows.next();
                messages = rows.getLong(1);
                if (messages > 0) {
                    first = RecordedMessage.instant(rows.getLong(2));
                    last = RecordedMessage.instant(rows.getLong(3));
                }
            }
            long tags;
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM tag_events")) {
                rows.next();
                tags = rows.getLong(1);
            }
            List<String> sources = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT DISTINCT source FROM messages ORDER BY source")) {
                while (rows.next()) {
                    sources.add(rows.getString(1));
                }
            }
            return new RecordingSummary(messages, tags, first, last, sources, RecordingSchema.userVersion(connection));
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Calls {@code each} for every matching message, in order; returns how many. */
    public long forEach(RecordingQuery query, Consumer<RecordedMessage> each) throws RecordingException {
        long count = 0;
        try (Cursor cursor = cursor(query)) {
            while (cursor.hasNext()) {
                each.accept(cursor.next());
                count++;
            }
        }
        return count;
    }

    /** Matching messages in order, read lazily; close it when done. */
    public Cursor cursor(RecordingQuery query) throws RecordingException {
        StringBuilder sql = new StringBuilder(
                "SELECT id, received_at, topic, qos, retain, payload, properties, source FROM messages WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (query.since() != null) {
            sql.append(" AND received_at >= ?");
            parameters.add(RecordedMessage.micros(query.since()));
        }
        if (query.until() != null) {
            sql.append(" AND received_at <= ?");
            parameters.add(RecordedMessage.micros(query.until()));
        }
        if (query.text() != null) {
            sql.append(" AND id IN (SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?)");
            parameters.add(query.ftsExpression());
        }
        sql.append(" ORDER BY received_at, id");
        try {
            PreparedStatement statement = connection.prepareStatement(sql.toString());
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<TopicFilter> filters =
                    query.topicFilters().stream().map(TopicFilter::wildcard).toList();
            return new Cursor(statement, statement.executeQuery(), filters, query.limit());
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private RecordingException failure(SQLException e) {
        return new RecordingException("cannot read " + file + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        close(connection);
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // read-only: nothing to lose
            }
        }
    }

    /** Messages of one query, in order; an unreadable row ends it with an unchecked {@link CursorFailure}. */
    public static final class Cursor implements Iterator<RecordedMessage>, AutoCloseable {
        private final PreparedStatement statement;
        private final ResultSet rows;
        private final List<TopicFilter> filters;
        private final long limit;
        private long returned;
        private RecordedMessage next;
        private boolean done;

        private Cursor(PreparedStatement statement, ResultSet rows, List<TopicFilter> filters, long limit) {
            this.statement = statement;
            this.rows = rows;
            this.filters = filters;
            this.limit = limit;
        }

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            if (done || (limit > 0 && returned >= limit)) {
                return false;
            }
            try {
                while (rows.next()) {
                    String topic = rows.getString(3);
                    if (!filters.isEmpty() && filters.stream().noneMatch(f -> f.matches(topic))) {
                        continue;
                    }
                    byte[] payload = rows.getBytes(6);
                    next = new RecordedMessage(
                            rows.getLong(1),
                            RecordedMessage.instant(rows.getLong(2)),
                            topic,
                            rows.getInt(4),
                            rows.getInt(5) != 0,
                            payload == null ? new byte[0] : payload,
                            PropertiesJson.read(rows.getString(7)),
                            rows.getString(8));
                    return true;
                }
                done = true;
                return false;
            } catch (SQLException e) {
                done = true;
                throw new CursorFailure(e);
            }
        }

        @Override
        public RecordedMessage next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            RecordedMessage message = next;
            next = null;
            returned++;
            return message;
        }

        @Override
        public void close() {
            try {
                rows.close();
                statement.close();
            } catch (SQLException ignored) {
                // read-only statement
            }
        }
    }

    /** A row could not be read while iterating (the file changed under us, or it is damaged). */
    public static final class CursorFailure extends RuntimeException {
        CursorFailure(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
