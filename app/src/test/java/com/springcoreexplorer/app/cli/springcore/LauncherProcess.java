package com.springcoreexplorer.app.cli.springcore;

import com.springcoreexplorer.app.Launcher;
import com.springcoreexplorer.certstore.CertificateStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real launcher in its own JVM: real exit codes and streams, store password from the environment, as a script runs it. */
final class LauncherProcess {

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private LauncherProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    static LauncherProcess run(Path home, String storePassword, String... args) throws Exception {
        LauncherProcess p = start(home, storePassword, args);
        p.waitFor();
        return p;
    }

    static LauncherProcess start(Path home, String storePassword, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Djava.awt.headless=true",
                // the product's logging (rolling file only), not the tests' console logging
                "-Dlogback.configurationFile=" + productLogConfiguration(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "--home", home.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(home, "stdout-", ".txt");
        Path err = Files.createTempFile(home, "stderr-", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("SPRINGCORE_EXPLORER_HOME");
        builder.environment().put(CertificateStore.PASSWORD_ENVIRONMENT_VARIABLE, storePassword);
        return new LauncherProcess(builder.start(), out, err);
    }

    void waitFor() throws InterruptedException {
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("command did not finish: " + this);
        }
    }

    void destroy() {
        process.destroy();
    }

    private static String productLogConfiguration() {
        try {
            return Path.of(Launcher.class.getClassLoader().getResource("logback.xml").toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    int exitCode() {
        return process.exitValue();
    }

    String stdout() {
        return read(stdout);
    }

    String stderr() {
        return read(stderr);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public String toString() {
        return "exit " + (process.isAlive() ? "(running)" : process.exitValue()) + "\nstdout:\n" + stdout() + "\nstderr:\n" + stderr();
    }
}
