package org.jdarts.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The registered {@link DataSource}s by name, and how a {@code --data} value picks one:
 * {@code NAME:DIR} names it, a bare {@code DIR} is given to the one source that recognises it.
 */
public final class DataSources {

    /** The source of the built-in data sources (plug-ins: the path of their jar or folder). */
    public static final String BUILT_IN = "built-in";

    private static volatile DataSources defaultSources;

    private final Map<String, DataSource> sources;
    private final Map<String, String> origins;

    private DataSources(Map<String, DataSource> sources, Map<String, String> origins) {
        this.sources = Collections.unmodifiableMap(sources);
        this.origins = Collections.unmodifiableMap(origins);
    }

    /**
     * Returns the sources visible to this class's class loader (built-in and plug-ins on the class
     * path), loaded once.
     *
     * @return the shared registry
     * @throws IllegalStateException if a plug-in cannot be loaded or two sources share a name
     */
    public static DataSources load() {
        DataSources s = defaultSources;
        if (s == null) {
            synchronized (DataSources.class) {
                s = defaultSources;
                if (s == null) {
                    s = load(DataSources.class.getClassLoader());
                    defaultSources = s;
                }
            }
        }
        return s;
    }

    /**
     * Discovers the sources visible to {@code loader}.
     *
     * @param loader the class loader to search
     * @return a new registry
     * @throws IllegalStateException if a plug-in cannot be loaded or two sources share a name
     */
    public static DataSources load(ClassLoader loader) {
        List<DataSource> found = new ArrayList<>();
        try {
            ServiceLoader.load(DataSource.class, loader).forEach(found::add);
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException("cannot load a data source plug-in: " + e.getMessage(), e);
        }
        return of(found);
    }

    /**
     * Builds a registry of explicit sources (tests, embedding applications).
     *
     * @param list the sources, in order
     * @return a new registry
     * @throws IllegalStateException if two sources share a name
     */
    public static DataSources of(List<? extends DataSource> list) {
        Map<String, DataSource> sources = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        for (DataSource source : list) {
            String name = source.name();
            if (name == null || name.isEmpty() || name.contains(":")) {
                throw new IllegalStateException("data source " + source.getClass().getName()
                        + " has no valid name (non-empty, no ':'): '" + name + "'");
            }
            DataSource previous = sources.putIfAbsent(name, source);
            if (previous != null) {
                throw new IllegalStateException("data source '" + name + "' is registered twice: by "
                        + origins.get(name) + " (" + previous.getClass().getName() + ") and by "
                        + originOf(source.getClass()) + " (" + source.getClass().getName() + "); remove one");
            }
            origins.put(name, originOf(source.getClass()));
        }
        return new DataSources(sources, origins);
    }

    private static String originOf(Class<?> type) {
        if (type.getClassLoader() == DataSources.class.getClassLoader() && type.getName().startsWith("org.jdarts.")) {
            return BUILT_IN;
        }
        CodeSource code = type.getProtectionDomain().getCodeSource();
        return code == null || code.getLocation() == null ? BUILT_IN : code.getLocation().getPath();
    }

    /** Returns the source names, in registration order. */
    public List<String> names() {
        return List.copyOf(sources.keySet());
    }

    /** Returns every source, in registration order. */
    public List<DataSource> all() {
        return List.copyOf(sources.values());
    }

    /** Returns where a source came from: {@link #BUILT_IN} or the path of its plug-in jar. */
    public String origin(String name) {
        return origins.get(name);
    }

    /**
     * Returns the source of this name.
     *
     * @param name a source name
     * @return the source
     * @throws IllegalArgumentException listing the valid names if there is none
     */
    public DataSource get(String name) {
        DataSource source = sources.get(name);
        if (source == null) {
            throw new IllegalArgumentException("unknown data source '" + name + "'; known: " + String.join(", ", names()));
        }
        return source;
    }

    /**
     * Resolves a {@code --data} value: {@code NAME:DIR} (a registered name before the first colon)
     * or a folder that exactly one source recognises.
     *
     * @param value the option's value
     * @return the source and folder, and whether the source was detected
     * @throws IllegalArgumentException in one line: no such folder, unknown name, no source or
     *     several sources recognising the folder
     */
    public DataLocation resolve(String value) {
        int colon = value.indexOf(':');
        if (colon > 0 && sources.containsKey(value.substring(0, colon))) {
            DataSource source = sources.get(value.substring(0, colon));
            return new DataLocation(source, folder(value.substring(colon + 1), value), false);
        }
        if (colon > 0 && !Files.exists(Path.of(value)) && value.substring(0, colon).matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("unknown data source '" + value.substring(0, colon) + "' in '" + value
                    + "'; known: " + String.join(", ", names()));
        }
        Path dir = folder(value, value);
        List<DataSource> matching = new ArrayList<>();
        for (DataSource source : sources.values()) {
            if (source.recognizes(dir)) {
                matching.add(source);
            }
        }
        if (matching.isEmpty()) {
            throw new IllegalArgumentException(dir + ": no data source recognises this folder; name one with NAME:"
                    + dir + " (" + String.join(", ", names()) + ")");
        }
        if (matching.size() > 1) {
            throw new IllegalArgumentException(dir + ": recognised by " + String.join(" and ",
                    matching.stream().map(DataSource::name).toList()) + "; name one with NAME:" + dir);
        }
        return new DataLocation(matching.get(0), dir, true);
    }

    private static Path folder(String text, String value) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("'" + value + "' names no folder (NAME:DIR or DIR)");
        }
        Path dir = Path.of(text);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": " + (Files.exists(dir) ? "not a folder" : "no such folder"));
        }
        return dir;
    }
}
