import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Build step before jpackage (run by Maven as a single-file program, on every OS):
 * <ol>
 *   <li>{@code jars DIR}: rewrites every jar under DIR with its entries <em>stored</em> (not deflated),
 *       so the installer's own compression (xz in a .deb) sees the raw bytes: the .deb shrinks by
 *       about half. Entry bytes and order are kept. Bouncy Castle's jars lose their JAR signature
 *       (META-INF signature files, and the per-entry digests of the manifest): the JDK's AOT cache
 *       skips every class of a signed jar, and a signed jar costs a digest of each class as it loads
 *       (the demo's first start loads hundreds of them); the bundled OpenJDK runtime does not require
 *       JCE providers to be signed, and the jars are the ones Maven checked against Central.
 *       {@code rocksdbjni-*.jar} also loses its native libraries (59 MB for every OS): the demo's
 *       embedded HiveMQ runs with in-memory persistence and only needs its classes. {@code jna-*.jar}
 *       keeps only this platform's native library (25 others, 5 MB raw, 0.8 MB in the .deb); so does
 *       {@code sqlite-jdbc-*.jar} (the flight recorder's SQLite: 19 others, 12.1 MB jar down to 1.7 MB stored).</li>
 *   <li>{@code runtime OUT MODULES}: jlinks the trimmed runtime (uncompressed, for the same reason),
 *       strips native debug symbols where jlink can (Linux), and leaves out the JDK's default CDS archive
 *       (14 MB, 2.7 MB in the .deb): the launcher maps the app's own AOT cache (TrainAot), which holds the
 *       JDK's classes too; without that cache the app only starts slower.</li>
 * </ol>
 */
public class PrepareImage {

    public static void main(String[] args) throws Exception {
        switch (args.length > 0 ? args[0] : "") {
            case "jars" -> storeJars(Path.of(args[1]));
            case "runtime" -> jlink(Path.of(args[1]), args[2]);
            default -> {
                System.err.println("usage: PrepareImage jars DIR | runtime OUT MODULES");
                System.exit(2);
            }
        }
    }

    static void storeJars(Path dir) throws IOException {
        List<Path> jars;
        try (Stream<Path> files = Files.walk(dir)) {
            jars = files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
        long before = 0;
        long after = 0;
        for (Path jar : jars) {
            before += Files.size(jar);
            String name = jar.getFileName().toString();
            boolean unsign = isBouncyCastle(name);
            Predicate<String> drop = name.startsWith("rocksdbjni-") ? PrepareImage::isNativeLibrary
                    : name.matches("jna-\\d.*\\.jar") ? PrepareImage::isOtherPlatformsJnaLibrary
                    : name.startsWith("sqlite-jdbc-") ? PrepareImage::isOtherPlatformsSqliteLibrary
                    : unsign ? PrepareImage::isSignatureFile
                    : entry -> false;
            Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp");
            int dropped = rewriteStored(jar, tmp, drop, unsign);
            Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
            after += Files.size(jar);
            if (dropped > 0) {
                System.out.printf("%s: removed %d %s%n", name, dropped, unsign ? "signature files (unsigned)" : "native libraries");
            }
        }
        System.out.printf("stored %d jars: %.1f MB deflated -> %.1f MB stored%n", jars.size(), before / 1e6, after / 1e6);
    }

    private static int rewriteStored(Path source, Path target, Predicate<String> drop, boolean mainManifestOnly)
            throws IOException {
        int dropped = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            out.setMethod(ZipOutputStream.STORED);
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (drop.test(entry.getName())) {
                    dropped++;
                    continue;
                }
                byte[] data = in.readAllBytes();
                if (mainManifestOnly && entry.getName().equals("META-INF/MANIFEST.MF")) {
                    data = mainSection(data);
                }
                CRC32 crc = new CRC32();
                crc.update(data);
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setMethod(ZipEntry.STORED);
                copy.setSize(data.length);
                copy.setCompressedSize(data.length);
                copy.setCrc(crc.getValue());
                if (entry.getLastModifiedTime() != null) {
                    copy.setLastModifiedTime(entry.getLastModifiedTime());
                }
                out.putNextEntry(copy);
                out.write(data);
                out.closeEntry();
            }
        }
        return dropped;
    }

    static boolean isBouncyCastle(String jarName) {
        return jarName.matches("bc(prov|pkix|util)-jdk\\d+on-.*\\.jar");
    }

    /** A JAR signature's files: META-INF/NAME.SF and its block (.RSA, .DSA, .EC). */
    static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0
                && (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
    }

    /** The manifest's main attributes only: the per-entry sections hold the signature's digests. */
    static byte[] mainSection(byte[] manifest) {
        String text = new String(manifest, java.nio.charset.StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        int endLf = text.indexOf("\n\n");
        int cut = end >= 0 && (endLf < 0 || end < endLf) ? end + 2 : endLf >= 0 ? endLf + 1 : text.length();
        return (text.substring(0, cut) + (text.contains("\r\n") ? "\r\n" : "\n")).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static boolean isNativeLibrary(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".so") || lower.endsWith(".jnilib") || lower.endsWith(".dylib") || lower.endsWith(".dll");
    }

    /**
     * JNA carries its native library for 26 platforms (5.2 MB); an installer runs on the platform it
     * was built on (jpackage cannot cross-build), which needs one. Unknown platform: keep them all.
     */
    private static boolean isOtherPlatformsJnaLibrary(String name) {
        String platform = JNA_PLATFORM;
        return platform != null && name.startsWith("com/sun/jna/") && (isNativeLibrary(name) || name.endsWith(".a"))
                && !name.startsWith("com/sun/jna/" + platform + "/");
    }

    /**
     * sqlite-jdbc carries {@code org/sqlite/native/<OS>/<arch>/} for 20 platforms (its OSInfo names them:
     * Linux, Linux-Musl, Mac, Windows, FreeBSD...); the installer keeps this machine's. Unknown platform: all.
     */
    private static boolean isOtherPlatformsSqliteLibrary(String name) {
        String platform = SQLITE_PLATFORM;
        return platform != null && name.startsWith("org/sqlite/native/") && !name.endsWith("/")
                && !name.startsWith("org/sqlite/native/" + platform + "/");
    }

    /** This machine's folder in the sqlite-jdbc jar (glibc Linux; a musl build machine would need Linux-Musl), or null if unsure. */
    private static final String SQLITE_PLATFORM = sqlitePlatform();

    private static String sqlitePlatform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String system = os.startsWith("linux") ? "Linux" : os.startsWith("windows") ? "Windows" : os.startsWith("mac") ? "Mac" : null;
        String arch = switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64" -> "aarch64";
            default -> null;
        };
        return system == null || arch == null ? null : system + "/" + arch;
    }

    /** This machine's folder in the JNA jar, as com.sun.jna.Platform names it, or null if unsure. */
    private static final String JNA_PLATFORM = jnaPlatform();

    private static String jnaPlatform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String system = os.startsWith("linux") ? "linux" : os.startsWith("windows") ? "win32" : os.startsWith("mac") ? "darwin" : null;
        String arch = switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "x86-64";
            case "aarch64" -> "aarch64";
            default -> null;
        };
        return system == null || arch == null ? null : system + "-" + arch;
    }

    static void jlink(Path output, String modules) throws IOException {
        deleteTree(output);
        List<String> args = new ArrayList<>(List.of(
                "--add-modules", modules,
                "--strip-debug", "--no-header-files", "--no-man-pages",
                // no zip: the installers compress better than jlink's per-resource zip, and start-up skips inflating
                "--compress=zip-0",
                "--include-locales=en,fr,de,es,it",
                "--output", output.toString()));
        if (System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")) {
            // --strip-debug leaves the native symbols here; this plugin (Linux only, objcopy) removes them
            args.set(args.indexOf("--strip-debug"), "--strip-java-debug-attributes");
            args.add(args.indexOf("--output"), "--strip-native-debug-symbols=exclude-debuginfo-files");
        }
        ToolProvider jlink = ToolProvider.findFirst("jlink").orElseThrow(() -> new IllegalStateException("this JDK has no jlink"));
        int code = jlink.run(System.out, System.err, args.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException("jlink failed with exit code " + code + ": " + args);
        }
        // the no-compressed-oops archive only serves heaps over 32 GB: not this app
        try (Stream<Path> files = Files.walk(output)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("classes_nocoops")).toList()) {
                Files.delete(p);
            }
        }
        System.out.println("runtime: " + output + " (" + modules + ")");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
