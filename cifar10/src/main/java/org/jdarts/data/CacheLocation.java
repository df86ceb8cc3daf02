package org.jdarts.data;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where data sources keep what they derived from a data folder (decoded images), so that later
 * runs need not derive it again. The first of these that is set wins: the system property
 * {@value #PROPERTY}, the environment variable {@value #VARIABLE}, {@code $XDG_CACHE_HOME/jdarts},
 * {@code ~/.cache/jdarts}. The value {@value #OFF} turns caching off.
 */
public final class CacheLocation {

    /** The system property naming the cache folder. */
    public static final String PROPERTY = "jdarts.cache";

    /** The environment variable naming the cache folder. */
    public static final String VARIABLE = "JDARTS_CACHE";

    /** The value that turns caching off. */
    public static final String OFF = "off";

    private CacheLocation() {}

    /**
     * Returns the cache folder, if caching is on.
     *
     * @return the folder (it may not exist yet), or empty when caching is off
     */
    public static Optional<Path> folder() {
        String chosen = System.getProperty(PROPERTY);
        if (blank(chosen)) {
            chosen = System.getenv(VARIABLE);
        }
        if (!blank(chosen)) {
            return chosen.trim().toLowerCase(Locale.ROOT).equals(OFF) ? Optional.empty()
                    : Optional.of(Path.of(chosen.trim()));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (!blank(xdg)) {
            return Optional.of(Path.of(xdg, "jdarts"));
        }
        return Optional.of(Path.of(System.getProperty("user.home"), ".cache", "jdarts"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
