package io.github.odoorestcamel.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of the tests in a JVM of its own (its own heap, its own logging settings),
 * with the tests' class path, and gives back everything it printed.
 */
final class ChildJvm {

    /** What the child printed (standard output and error together) and how it ended. */
    record Run(int exitCode, String output) {

        String tail() {
            return output.length() > 4000 ? output.substring(output.length() - 4000) : output;
        }
    }

    private ChildJvm() {
    }

    static Run run(Class<?> main, List<String> jvmOptions, Path log, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        command.addAll(jvmOptions);
        command.add(main.getName());
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!child.waitFor(180, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("the child JVM did not end: " + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Run(child.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
