package com.springcoreexplorer.certstore.testing;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The start of a command line for a JVM a test or benchmark starts itself: this JVM's {@code java}
 * and the JDK 25 runtime flags it was started with. Those come from the parent pom's
 * {@code jvm.runtime.flags} (surefire's argLine, the benchmarks' exec lines), so they are written once.
 */
public final class ChildJvm {

    private ChildJvm() {}

    /**
     * {@code java} plus this JVM's {@code --enable-native-access}, {@code --sun-misc-unsafe-memory-access}
     * and JIT ({@code -XX:TieredStopAtLevel}) flags: the launcher's.
     */
    public static List<String> javaCommand() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (argument.startsWith("--enable-native-access")
                    || argument.startsWith("--sun-misc-unsafe-memory-access")
                    || argument.startsWith("-XX:TieredStopAtLevel")) {
                command.add(argument);
            }
        }
        return command;
    }
}
