package org.jdarts.space.plugin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Where a plug-in came from: jdarts' own jars ({@link #BUILT_IN}), or the jar or class folder of a
 * plug-in, with the jar's SHA-256 so that provenance pins the exact plug-in a run used.
 *
 * @param location {@code built-in}, or the path of the jar or folder the plug-in's class was loaded from
 * @param sha256 the jar's SHA-256 in lower-case hex; null for built-in plug-ins and class folders
 */
public record PluginOrigin(String location, String sha256) {

    /** The location of the plug-ins that ship with jdarts. */
    public static final String BUILT_IN_LOCATION = "built-in";

    /** The origin of the plug-ins that ship with jdarts. */
    public static final PluginOrigin BUILT_IN = new PluginOrigin(BUILT_IN_LOCATION, null);

    /** Validates the location. */
    public PluginOrigin {
        Objects.requireNonNull(location, "location");
    }

    /** Returns whether the plug-in ships with jdarts. */
    public boolean builtIn() {
        return this.equals(BUILT_IN);
    }

    /** Returns whether the plug-in came from a jar (which then has a checksum). */
    public boolean jar() {
        return sha256 != null;
    }

    /** Returns {@code built-in}, or the location followed by the jar's checksum's first 12 digits. */
    @Override
    public String toString() {
        return sha256 == null ? location : location + " (sha256 " + sha256.substring(0, 12) + ")";
    }

    /**
     * Returns the origin of a plug-in class: built in when it was loaded from the same jar or folder
     * as one of {@code home}, otherwise that location (and its checksum when it is a jar).
     *
     * @param type the plug-in's class
     * @param home jdarts' classes whose location counts as built in
     * @return the origin
     * @throws UncheckedIOException if the plug-in's jar cannot be read
     */
    static PluginOrigin of(Class<?> type, Class<?>... home) {
        URL location = locationOf(type);
        if (location == null) {
            return new PluginOrigin(type.getName(), null);
        }
        for (Class<?> h : home) {
            if (location.equals(locationOf(h))) {
                return BUILT_IN;
            }
        }
        Path path;
        try {
            path = Path.of(location.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new PluginOrigin(location.toString(), null);
        }
        return new PluginOrigin(path.toString(), Files.isRegularFile(path) ? sha256(path) : null);
    }

    private static URL locationOf(Class<?> type) {
        CodeSource cs = type.getProtectionDomain().getCodeSource();
        return cs == null ? null : cs.getLocation();
    }

    private static String sha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plug-in jar " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
