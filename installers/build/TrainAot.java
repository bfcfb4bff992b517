import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Build step after jpackage made the app-image (run by Maven as a single-file program, on every OS):
 * trains a JDK 25 AOT cache (JEP 483/514/515) on one start of the window and wires it into the
 * launcher, so the installed app loads and links its classes from the cache instead of the jars.
 * <ol>
 *   <li>reads the launcher's cfg ({@code app.classpath}, {@code app.mainclass}, {@code java-options},
 *       {@code $APPDIR} expanded) and runs the image's own runtime with exactly those, plus
 *       {@code -Dspringcore.explorer.training=true} and {@code --demo} (the app opens its window on the
 *       demo, waits for the first tag row, 3 s more, exits: the cache then holds the demo's PKI, broker and
 *       readers too, which a new user's first run waits for; it is larger than one trained on the window
 *       alone, and the .deb makes room by leaving out what the demo broker never loads) and
 *       {@code -XX:AOTCacheOutput=APPDIR/springcore-explorer.aot}, on a scratch {@code --home} (not through
 *       the launcher: it ignores {@code JDK_JAVA_OPTIONS}, and {@code JAVA_TOOL_OPTIONS} would reach the
 *       JVM's own cache-assembly child too);</li>
 *   <li>checks the JVM accepts the cache ({@code -XX:AOTMode=on}) and that {@code --version} prints
 *       exactly what it printed without it;</li>
 *   <li>appends {@code java-options=-XX:AOTCache=$APPDIR/springcore-explorer.aot} to every cfg
 *       (the Windows console launcher has its own), and {@code -Xlog:aot*=off}: the JVM checks each
 *       jar's size and timestamp against the cache, and an installer that does not keep timestamps
 *       would make it print its refusal on the command line's output (the app then just starts
 *       slower); checks the real launcher's output again;</li>
 *   <li>macOS with signing on: signs the image afterwards (signing seals the bundle, so it must come
 *       last).</li>
 * </ol>
 * The window needs a display: on Linux {@code $DISPLAY}, else {@code xvfb-run -a}; Windows and macOS
 * build machines have a desktop. Whatever goes wrong (no display, a crash, over the time limit),
 * the build prints one WARNING line and the image ships without the cache and without the cfg line:
 * slower start-up, never a broken launcher, never a failed build.
 * <p>Usage: {@code TrainAot IMAGE_DIR LOG_FILE TIMEOUT_SECONDS [MAC_SIGN MAC_SIGNING_KEY]}
 */
public class TrainAot {

    static final String CACHE = "springcore-explorer.aot";
    static final String CFG_LINE = "java-options=-XX:AOTCache=$APPDIR/" + CACHE;
    /** A cache the JVM rejects (a jar's timestamp changed) costs speed only: keep its complaint off the CLI's output. */
    static final String CFG_QUIET = "java-options=-Xlog:aot*=off";
    static final String TRAINING_PROPERTY = "-Dspringcore.explorer.training=true";
    /**
     * The JVM uses the cache only with jars of the size and timestamp it was trained with, and jpackage
     * copies the image with fresh timestamps when it makes an installer: every file of the image gets
     * this fixed time before training, and the installers' post-image scripts
     * ({@code linux/springcore-explorer-post-image.sh}, {@code macos/...}) give it back to jpackage's copy.
     */
    static final FileTime IMAGE_TIME = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));

    /** Where jpackage puts things, per OS. */
    record Layout(Path image, Path appDir, Path java, Path launcher) {

        static Layout of(Path image) {
            String name = image.getFileName().toString();
            if (Files.isDirectory(image.resolve("Contents/app"))) {            // macOS NAME.app
                String app = name.endsWith(".app") ? name.substring(0, name.length() - 4) : name;
                return new Layout(image, image.resolve("Contents/app"),
                        image.resolve("Contents/runtime/Contents/Home/bin/java"), image.resolve("Contents/MacOS/" + app));
            }
            if (Files.isDirectory(image.resolve("app")) && Files.isDirectory(image.resolve("runtime"))) { // Windows
                // the GUI launcher has no console: check the output through the console one when there is one
                Path cli = image.resolve(name + "-cli.exe");
                Path cliLower = image.resolve("springcore-explorer-cli.exe");
                Path launcher = Files.exists(cli) ? cli : Files.exists(cliLower) ? cliLower : image.resolve(name + ".exe");
                return new Layout(image, image.resolve("app"), image.resolve("runtime/bin/java.exe"), launcher);
            }
            return new Layout(image, image.resolve("lib/app"), image.resolve("lib/runtime/bin/java"), image.resolve("bin/" + name));
        }

        Path cache() {
            return appDir.resolve(CACHE);
        }

        /** The JVM's temporary file between the training run and the cache (left behind when stopped). */
        Path trainingFile() {
            return appDir.resolve(CACHE + ".config");
        }
    }

    /** What one cfg file tells the launcher to run. */
    record LaunchConfig(String classPath, String mainClass, List<String> javaOptions) {

        static LaunchConfig read(Path cfg, Path appDir) throws IOException {
            List<String> classPath = new ArrayList<>();
            String mainClass = null;
            List<String> options = new ArrayList<>();
            String dir = appDir.toAbsolutePath().toString();
            for (String line : Files.readAllLines(cfg, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String key = line.substring(0, eq).trim();
                String value = line.substring(eq + 1).replace("$APPDIR", dir);
                switch (key) {
                    case "app.classpath" -> classPath.add(value);
                    case "app.mainclass" -> mainClass = value;
                    case "java-options" -> options.add(value);
                    default -> { }
                }
            }
            if (classPath.isEmpty() || mainClass == null) {
                throw new IOException(cfg + " has no app.classpath or app.mainclass");
            }
            return new LaunchConfig(String.join(File.pathSeparator, classPath), mainClass, List.copyOf(options));
        }

        List<String> command(Path java, List<String> extraOptions, List<String> args) {
            List<String> command = new ArrayList<>();
            command.add(java.toString());
            command.addAll(javaOptions);
            command.addAll(extraOptions);
            command.addAll(List.of("-cp", classPath, mainClass));
            command.addAll(args);
            return command;
        }
    }

    /** A step that could not be done: becomes the WARNING line. */
    static final class Skip extends Exception {
        Skip(String reason) {
            super(reason);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: TrainAot IMAGE_DIR LOG_FILE TIMEOUT_SECONDS [MAC_SIGN MAC_SIGNING_KEY]");
            System.exit(2);
        }
        Layout layout = Layout.of(Path.of(args[0]).toAbsolutePath());
        Path log = Path.of(args[1]).toAbsolutePath();
        int timeout = Integer.parseInt(args[2]);
        boolean macSign = args.length > 3 && Boolean.parseBoolean(args[3]);
        String signingKey = args.length > 4 ? args[4] : "";

        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        long start = System.nanoTime();
        List<Path> cfgs = List.of();
        List<String> originals = new ArrayList<>();
        try {
            cfgs = cfgFiles(layout.appDir());
            for (Path cfg : cfgs) {
                // an image trained before (a re-run without clean) starts over from jpackage's cfg
                removeCacheLines(cfg);
                originals.add(Files.readString(cfg, StandardCharsets.UTF_8));
            }
            train(layout, cfgs, log, timeout);
            System.out.printf("AOT cache: %s (%.1f MB), trained in %d s; launcher option %s%n", layout.cache(),
                    Files.size(layout.cache()) / 1e6, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), CFG_LINE);
        } catch (Skip | IOException | RuntimeException e) {
            // restore the image as jpackage made it: no cache (nor the JVM's temporary training file), no cfg line
            Files.deleteIfExists(layout.cache());
            Files.deleteIfExists(layout.trainingFile());
            for (int i = 0; i < originals.size(); i++) {
                Files.writeString(cfgs.get(i), originals.get(i), StandardCharsets.UTF_8);
            }
            System.out.println("[WARNING] AOT cache not made (" + e.getMessage() + "); the app-image ships without it,"
                    + " start-up is slower (log: " + log + ")");
        }
        if (macSign) {
            signMacImage(layout.image(), signingKey);
        }
    }

    static List<Path> cfgFiles(Path appDir) throws IOException, Skip {
        if (!Files.isDirectory(appDir)) {
            throw new Skip("no app-image at " + appDir.getParent());
        }
        try (Stream<Path> files = Files.list(appDir)) {
            List<Path> cfgs = files.filter(p -> p.getFileName().toString().endsWith(".cfg")).sorted().toList();
            if (cfgs.isEmpty()) {
                throw new Skip("no launcher cfg in " + appDir);
            }
            return cfgs;
        }
    }

    static void train(Layout layout, List<Path> cfgs, Path log, int timeout) throws IOException, Skip {
        Files.deleteIfExists(layout.cache());
        Files.deleteIfExists(layout.trainingFile());
        setFixedTimes(layout.image());
        Path home = Files.createTempDirectory("springcore-explorer-aot-training");
        try {
            LaunchConfig launch = LaunchConfig.read(cfgs.getFirst(), layout.appDir());
            // a scratch home: the app's folders, and user.home for anything else (never the builder's own)
            List<String> scratch = List.of("--home", home.resolve("app").toString());
            List<String> userHome = List.of("-Duser.home=" + home.resolve("user"));
            String expected = run(launch.command(layout.java(), userHome, withArgs(scratch, "--version")), log, 60, "--version without the cache");

            List<String> trainingCommand = new ArrayList<>(displayPrefix());
            trainingCommand.addAll(launch.command(layout.java(),
                    concat(userHome, List.of(TRAINING_PROPERTY, "-XX:AOTCacheOutput=" + layout.cache())),
                    withArgs(scratch, "--demo")));
            run(trainingCommand, log, timeout, "the training run");
            if (!Files.isRegularFile(layout.cache()) || Files.size(layout.cache()) == 0) {
                throw new Skip("the training run wrote no cache");
            }

            // the JVM must accept the cache (AOTMode=on fails instead of silently ignoring it)...
            String strict = run(launch.command(layout.java(),
                    concat(userHome, List.of("-XX:AOTCache=" + layout.cache(), "-XX:AOTMode=on")), withArgs(scratch, "--version")),
                    log, 60, "--version with -XX:AOTMode=on");
            if (!strict.equals(expected)) {
                throw new Skip("with the cache --version printed '" + oneLine(strict) + "' instead of '" + oneLine(expected) + "'");
            }
            for (Path cfg : cfgs) {
                addCfgLine(cfg);
            }
            // ...and the real launcher, now with the cfg line, must print exactly what it printed before
            if (Files.isExecutable(layout.launcher())) {
                String viaLauncher = run(withArgs(List.of(layout.launcher().toString()), withArgs(scratch, "--version")),
                        log, 60, "the launcher's --version with the cache");
                if (!viaLauncher.equals(expected)) {
                    throw new Skip("the launcher with the cache printed '" + oneLine(viaLauncher) + "' instead of '" + oneLine(expected) + "'");
                }
            }
        } finally {
            deleteTree(home);
        }
    }

    static void setFixedTimes(Path image) throws IOException {
        try (Stream<Path> files = Files.walk(image)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, IMAGE_TIME);
            }
        }
    }

    /** Linux and other X11 systems need a display for the window; Windows and macOS have a desktop. */
    static List<String> displayPrefix() throws Skip {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return List.of();
        }
        String display = System.getenv("DISPLAY");
        if (display != null && !display.isBlank()) {
            return List.of();
        }
        Optional<Path> xvfbRun = onPath("xvfb-run");
        if (xvfbRun.isEmpty()) {
            throw new Skip("no display: DISPLAY is not set and xvfb-run is not installed (apt-get install xvfb)");
        }
        return List.of(xvfbRun.get().toString(), "-a", "-s", "-screen 0 1280x800x24");
    }

    /** Runs a command, appends its output to the log, returns it; a non-zero exit or the time limit is a Skip. */
    static String run(List<String> command, Path log, int timeoutSeconds, String what) throws IOException, Skip {
        Path out = Files.createTempFile("springcore-explorer-aot", ".out");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            boolean done;
            try {
                done = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                done = false;
            }
            if (!done) {
                // xvfb-run starts Xvfb and the JVM as children: stop the whole tree
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            String output = Files.readString(out, StandardCharsets.UTF_8);
            Files.writeString(log, "$ " + String.join(" ", command) + "\n" + output + "\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            if (!done) {
                throw new Skip(what + " did not finish within " + timeoutSeconds + " s");
            }
            if (process.exitValue() != 0) {
                throw new Skip(what + " exited with code " + process.exitValue() + ": " + lastLine(output));
            }
            return output;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** Adds the cache option after the cfg's last java-options line (the launcher reads them in order). */
    static void removeCacheLines(Path cfg) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(cfg, StandardCharsets.UTF_8));
        if (lines.removeIf(l -> l.startsWith("java-options=-XX:AOTCache=") || l.equals(CFG_QUIET))) {
            Files.write(cfg, lines, StandardCharsets.UTF_8);
        }
    }

    static void addCfgLine(Path cfg) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(cfg, StandardCharsets.UTF_8));
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("java-options=")) {
                at = i + 1;
            }
        }
        if (at < 0) {
            int section = lines.indexOf("[JavaOptions]");
            if (section < 0) {
                lines.add("[JavaOptions]");
                at = lines.size();
            } else {
                at = section + 1;
            }
        }
        lines.addAll(at, List.of(CFG_LINE, CFG_QUIET));
        Files.write(cfg, lines, StandardCharsets.UTF_8);
    }

    static void signMacImage(Path image, String signingKey) throws IOException {
        ToolProvider jpackage = ToolProvider.findFirst("jpackage").orElseThrow(() -> new IllegalStateException("this JDK has no jpackage"));
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "--app-image", image.toString(), "--mac-sign"));
        if (!signingKey.isBlank()) {
            args.addAll(List.of("--mac-signing-key-user-name", signingKey));
        }
        int code = jpackage.run(System.out, System.err, args.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException("signing the app-image failed with exit code " + code);
        }
        System.out.println("signed " + image);
    }

    static Optional<Path> onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, tool)).filter(Files::isExecutable).findFirst();
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static List<String> withArgs(List<String> a, String... more) {
        return concat(a, List.of(more));
    }

    static List<String> withArgs(List<String> a, List<String> b) {
        return concat(a, b);
    }

    static String oneLine(String text) {
        return text.strip().replace(System.lineSeparator(), " | ").replace("\n", " | ");
    }

    static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        return lines.length == 0 ? "" : lines[lines.length - 1];
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
