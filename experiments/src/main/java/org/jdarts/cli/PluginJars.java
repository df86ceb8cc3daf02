package org.jdarts.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Checks the plug-in jars the launcher put on the class path (named by the system property
 * {@value #PROPERTY}: the {@code ./plugins} folder and the entries of {@code JDARTS_PLUGINS}), so
 * that a jar that cannot be opened, or that registers nothing of jdarts', is an error rather than
 * silently nothing.
 */
final class PluginJars {

    /** The system property the launcher sets to its plug-in entries, separated by the path separator. */
    static final String PROPERTY = "jdarts.plugins";

    /** Where plug-ins register their services. */
    private static final String SERVICES = "META-INF/services/org.jdarts.";

    private PluginJars() {}

    /**
     * Returns what is wrong with the plug-in entries, in one line, if anything.
     *
     * @param entries the entries (jar files and folders of jars), separated by the path separator, or null
     * @return the problem, or empty when every jar opens and registers a jdarts service
     */
    static Optional<String> problem(String entries) {
        if (entries == null || entries.isBlank()) {
            return Optional.empty();
        }
        for (String entry : entries.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            for (Path jar : jars(Path.of(entry))) {
                Optional<String> p = check(jar);
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }

    private static List<Path> jars(Path entry) {
        if (!Files.isDirectory(entry)) {
            return List.of(entry);
        }
        try (Stream<Path> files = Files.list(entry)) {
            return files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar")).sorted()
                    .toList();
        } catch (IOException e) {
            return new ArrayList<>();
        }
    }

    private static Optional<String> check(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            boolean registers = file.stream().anyMatch(e -> e.getName().startsWith(SERVICES) && !e.isDirectory());
            return registers ? Optional.empty() : Optional.of("plug-in " + jar + " registers no jdarts plug-in (no "
                    + SERVICES + "* entry); remove it from ./plugins or JDARTS_PLUGINS");
        } catch (IOException e) {
            return Optional.of("plug-in " + jar + " cannot be opened as a jar (" + e.getMessage() + "); remove it"
                    + " from ./plugins or JDARTS_PLUGINS");
        }
    }
}
