package com.springcoreexplorer.app.cli.testing;

import com.springcoreexplorer.app.Launcher;
import com.springcoreexplorer.certstore.CertificateStore;
import com.springcoreexplorer.certstore.testing.ChildJvm;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real launcher in its own JVM: real exit codes, stdout and stderr, and the store password from
 * the environment variable, exactly as a script would run it.
 */
public final class LauncherProcess {

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private LauncherProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Runs the launcher with {@code --home home} and waits for it to exit. */
    public static LauncherProcess run(Path home, String storePassword, String... args) throws Exception {
        LauncherProcess process = start(home, storePassword, args);
        process.waitFor();
        return process;
    }

    /** Starts the launcher with {@code --home home}; stdout and stderr go to files in {@code home}. */
    public static LauncherProcess start(Path home, String storePassword, String... args) throws IOException {
        Path out = Files.createTempFile(home, "stdout-", ".txt");
        Path err = Files.createTempFile(home, "stderr-", ".txt");
        ProcessBuilder builder =
                builder(home, storePassword, args).redirectOutput(out.toFile()).redirectError(err.toFile());
        return new LauncherProcess(builder.start(), out, err);
    }

    /**
     * Starts the launcher with its stdout a pipe the caller reads (as slowly as it likes: a shell pipe
     * into a slow consumer); stderr goes to {@code stderr}.
     */
    public static Process startPiped(Path home, String storePassword, Path stderr, String... args) throws IOException {
        return builder(home, storePassword, args).redirectError(stderr.toFile()).start();
    }

    private static ProcessBuilder builder(Path home, String storePassword, String... args) {
        List<String> command = new ArrayList<>(ChildJvm.javaCommand()); // java + the pom's jvm.runtime.flags
        command.addAll(List.of(
                "-Djava.awt.headless=true",
                // the product's logging (rolling file only), not the tests' console logging
                "-Dlogback.configurationFile=" + productLogConfiguration(),
                "-cp",
                System.getProperty("java.class.path"),
                Launcher.class.getName(),
                "--home",
                home.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("SPRINGCORE_EXPLORER_HOME");
        builder.environment().put(CertificateStore.PASSWORD_ENVIRONMENT_VARIABLE, storePassword);
        return builder;
    }

    private static String productLogConfiguration() {
        try {
            return Path.of(Launcher.class
                            .getClassLoader()
                            .getResource("logback.xml")
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the exit (a JVM start on 2 busy cores can take a while); a hang fails the test with the output so far. */
    public int waitFor() throws InterruptedException {
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("command did not finish: " + stdout() + stderr());
        }
        return process.exitValue();
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    public int exitCode() {
        return process.exitValue();
    }

    public String stdout() {
        return read(stdout);
    }

    public String stderr() {
        return read(stderr);
    }

    public void destroy() {
        process.destroy();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL ({@code kill -9}): no shutdown hook, no cleanup; waits until the process is gone. */
    public void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
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
        return "exit " + (process.isAlive() ? "(running)" : process.exitValue()) + "\nstdout:\n" + stdout()
                + "\nstderr:\n" + stderr();
    }
}
