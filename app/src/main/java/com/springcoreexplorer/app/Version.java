package com.springcoreexplorer.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The product version, filtered in by Maven at build time. */
public final class Version {

    private Version() {}

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
