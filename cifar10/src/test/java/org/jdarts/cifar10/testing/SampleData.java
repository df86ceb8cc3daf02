package org.jdarts.cifar10.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where the tests find CIFAR-10: the system property {@code jdarts.data.sample} (set by the build
 * to {@code ../shared/cifar10-sample}), else the environment variable {@code JDARTS_SAMPLE_DATA}.
 */
public final class SampleData {

    private SampleData() {}

    /** Returns the 500 + 100 image sample folder. */
    public static Path sampleDir() {
        return locate("jdarts.data.sample", "JDARTS_SAMPLE_DATA", "cifar10-sample");
    }

    /** Returns the full CIFAR-10 folder. */
    public static Path fullDir() {
        return locate("jdarts.data.full", "JDARTS_DATA", "cifar10");
    }

    private static Path locate(String property, String env, String shared) {
        String value = System.getProperty(property, System.getenv(env));
        Path dir = value != null ? Path.of(value) : Path.of("..", "..", "shared", shared);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("test data not found at " + dir.toAbsolutePath()
                    + "; set -D" + property + "=DIR or " + env);
        }
        return dir;
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
