package org.jdarts.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions fixed at build time: jdarts itself, and the DJL and PyTorch it was built against. */
public final class BuildInfo {

    private static final Properties PROPS = load();

    private BuildInfo() {}

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("jdarts.properties")) {
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

    /** Returns the DJL version jdarts was built against. */
    public static String djlVersion() {
        return PROPS.getProperty("djl.version", "unknown");
    }

    /** Returns the libtorch version of the bundled native library. */
    public static String pytorchVersion() {
        return PROPS.getProperty("pytorch.version", "unknown");
    }
}
