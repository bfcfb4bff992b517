package com.springcoreexplorer.mqtt.recording;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The recording file's schema, version {@value #VERSION} ({@code PRAGMA user_version}). Documented in
 * docs/recorder.md: other tools read these files with plain SQL, so a change here is a new version.
 */
final class RecordingSchema {

    static final int VERSION = 1;

    private static final String[] CREATE = {
        """
            CREATE TABLE recording_info (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL
            )""",
        """
            CREATE TABLE messages (
                id          INTEGER PRIMARY KEY,
                received_at INTEGER NOT NULL,
                topic       TEXT    NOT NULL,
                qos         INTEGER NOT NULL,
                retain      INTEGER NOT NULL,
                payload     BLOB    NOT NULL,
                properties  TEXT,
                source      TEXT    NOT NULL
            )""",
        "CREATE INDEX messages_received_at ON messages (received_at)",
        """
            CREATE TABLE tag_events (
                message_id  INTEGER PRIMARY KEY REFERENCES messages (id) ON DELETE CASCADE,
                received_at INTEGER NOT NULL,
                device      TEXT,
                interface   TEXT,
                protocol    TEXT,
                tag_id      TEXT    NOT NULL,
                move        TEXT,
                rssi        INTEGER
            )""",
        "CREATE INDEX tag_events_received_at ON tag_events (received_at)",
        "CREATE VIRTUAL TABLE messages_fts USING fts5 (topic, payload_text, content='', contentless_delete=1)",
        """
            CREATE VIEW messages_readable AS
                SELECT id, strftime('%Y-%m-%dT%H:%M:%f', received_at / 1e6, 'unixepoch') || 'Z' AS received_utc,
                       topic, qos, retain, CAST(payload AS TEXT) AS payload_text, length(payload) AS payload_bytes,
                       properties, source
                FROM messages"""
    };

    private RecordingSchema() {}

    /** WAL (readers never block the writer, a crash keeps every committed transaction), NORMAL sync. */
    static void configure(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA synchronous = NORMAL");
            statement.execute("PRAGMA foreign_keys = ON");
        }
    }

    /** Creates the tables in an empty file, or checks an existing file is a recording this version can extend. */
    static void createOrCheck(Connection connection) throws SQLException, RecordingException {
        int version = userVersion(connection);
        if (version == VERSION) {
            return;
        }
        if (version != 0 || hasTables(connection)) {
            throw new RecordingException(
                    version > VERSION
                            ? "recording format version " + version + " is newer than this program reads (" + VERSION
                                    + "); update SpringCore Explorer"
                            : "not a SpringCore Explorer recording (SQLite user_version " + version
                                    + "); choose a new file");
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : CREATE) {
                statement.execute(sql);
            }
            statement.execute("PRAGMA user_version = " + VERSION);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Opening to read: the file must be a recording of a version this program knows. */
    static void checkReadable(Connection connection) throws SQLException, RecordingException {
        int version = userVersion(connection);
        if (version == 0 || !hasTable(connection, "messages")) {
            throw new RecordingException(
                    "not a SpringCore Explorer recording (no messages table); open a file written by 'record'");
        }
        if (version > VERSION) {
            throw new RecordingException("recording format version " + version + " is newer than this program reads ("
                    + VERSION + "); update SpringCore Explorer");
        }
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static boolean hasTables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rows.next() && rows.getInt(1) > 0;
        }
    }

    private static boolean hasTable(Connection connection, String name) throws SQLException {
        try (var statement =
                connection.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }
}
