package com.springcoreexplorer.mqtt.recording;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/** Opens SQLite files through the driver itself: no reliance on DriverManager finding it on whatever class path the app runs with. */
final class SqliteFiles {

    private SqliteFiles() {}

    static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        Connection connection = new org.sqlite.JDBC().connect(url, config.toProperties());
        if (connection == null) {
            throw new SQLException("the SQLite driver does not accept " + url);
        }
        return connection;
    }
}
