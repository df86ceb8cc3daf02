package org.jdarts.experiments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Versions fixed at build time: jdarts itself and the git commit it was built from, and the DJL
 * and PyTorch it was built against.
 */
public final class BuildInfo {

    private static final Properties PROPS = load("jdarts.properties");
    private static final Properties GIT = load("git.properties");

    private BuildInfo() {}

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(resource)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Returns the jdarts version. */
    public static String version() {
        return PROPS.getProperty("version", "unknown");
    }

    /**
     * Returns the git commit jdarts was built from, with {@code -dirty} when the working tree had
     * uncommitted changes, or {@code unknown} for a build outside a git checkout.
     */
    public static String gitCommit() {
        String commit = GIT.getProperty("git.commit.id", "");
        if (commit.isBlank()) {
            return "unknown";
        }
        return "true".equals(GIT.getProperty("git.dirty")) ? commit + "-dirty" : commit;
    }

    /** Returns the DJL version jdarts was built against. */
    public static String djlVersion() {
        return PROPS.getProperty("djl.version", "unknown");
    }

    /** Returns the libtorch version of the bundled native library. */
    public static String pytorchVersion() {
        return PROPS.getProperty("pytorch.version", "unknown");
    }
}
