package org.jdarts.cifar10.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the tests find CIFAR-10: the system property {@code jdarts.data.sample} (set by the build
 * to {@code ../shared/cifar10-sample}), else the environment variable {@code JDARTS_SAMPLE_DATA};
 * where that folder does not exist (a clone without {@code ../shared}), a generated sample of the
 * same size ({@link SyntheticSample}). The full data set has no stand-in: tests that need it are
 * skipped, saying where it was looked for.
 */
public final class SampleData {

    private static Path generated;

    private SampleData() {}

    /** Returns the 500 + 100 image sample folder: the shared one if it exists, else a generated one. */
    public static synchronized Path sampleDir() {
        Path dir = configured("jdarts.data.sample", "JDARTS_SAMPLE_DATA", "cifar10-sample");
        if (Files.isDirectory(dir)) {
            return dir;
        }
        if (generated == null) {
            generated = generate();
            System.err.println("jdarts tests: no CIFAR-10 sample at " + dir.toAbsolutePath() + "; using a generated one in "
                    + generated);
        }
        return generated;
    }

    /**
     * Returns the full CIFAR-10 folder, or skips the calling test (JUnit assumption) when it is
     * absent.
     */
    public static Path fullDir() {
        Path dir = configured("jdarts.data.full", "JDARTS_DATA", "cifar10");
        Assumptions.assumeTrue(Files.isDirectory(dir), () -> "the full CIFAR-10 is not at " + dir.toAbsolutePath()
                + " (set -Djdarts.data.full=DIR or JDARTS_DATA): skipped");
        return dir;
    }

    private static Path configured(String property, String env, String shared) {
        String value = System.getProperty(property, System.getenv(env));
        return value != null && !value.isBlank() ? Path.of(value) : Path.of("..", "..", "shared", shared);
    }

    private static Path generate() {
        try {
            Path dir = Files.createTempDirectory("jdarts-cifar10-sample");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            return SyntheticSample.write(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind
        }
    }

    /**
     * Copies the sample's {@code .bin} files into {@code target} so a test can corrupt them.
     *
     * @param target an empty folder
     * @return {@code target}
     * @throws IOException if copying fails
     */
    public static Path copySample(Path target) throws IOException {
        try (var files = Files.list(sampleDir())) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (f.getFileName().toString().endsWith(".bin")) {
                    Files.copy(f, target.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }
}
