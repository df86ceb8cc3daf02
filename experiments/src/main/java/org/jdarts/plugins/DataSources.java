package org.jdarts.plugins;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.data.DataLocation;
import org.jdarts.data.DataSource;
import org.jdarts.space.plugin.LoadOnce;
import org.jdarts.space.plugin.PluginOrigin;
import org.jdarts.space.plugin.PluginRegistry;

/**
 * The registered {@link DataSource}s by name, and how a {@code --data} value picks one:
 * {@code NAME:DIR} names it, a bare {@code DIR} is given to the one source that recognises it.
 * Discovery, name clashes and origins are those of every plug-in kind ({@link PluginRegistry}).
 */
public final class DataSources {

    /** The origin of the built-in data sources (plug-ins: the path of their jar or folder). */
    public static final String BUILT_IN = PluginOrigin.BUILT_IN_LOCATION;

    private static final LoadOnce<DataSources> SHARED = new LoadOnce<>(() -> load(DataSources.class.getClassLoader()));

    private final PluginRegistry<DataSource> plugins;

    private DataSources(PluginRegistry<DataSource> plugins) {
        this.plugins = plugins;
    }

    /**
     * Returns the sources visible to this class's class loader (built-in and plug-ins on the class
     * path), loaded once.
     *
     * @return the shared registry
     * @throws IllegalStateException if a plug-in cannot be loaded or two sources share a name
     */
    public static DataSources load() {
        return SHARED.get();
    }

    /**
     * Discovers the sources visible to {@code loader}.
     *
     * @param loader the class loader to search
     * @return a new registry
     * @throws IllegalStateException if a plug-in cannot be loaded or two sources share a name
     */
    public static DataSources load(ClassLoader loader) {
        return new DataSources(builder().discover(DataSource.class, loader).build());
    }

    /**
     * Builds a registry of explicit sources (tests, embedding applications).
     *
     * @param list the sources, in order
     * @return a new registry
     * @throws IllegalStateException if two sources share a name
     */
    public static DataSources of(List<? extends DataSource> list) {
        PluginRegistry.Builder<DataSource> builder = builder();
        list.forEach(builder::add);
        return new DataSources(builder.build());
    }

    private static PluginRegistry.Builder<DataSource> builder() {
        return PluginRegistry.builder("data source", DataSource::name)
                .optBuiltIn(DataSource.class)
                .optNameRule(name -> !name.contains(":"), "no ':'");
    }

    /** Returns the sources as plug-ins: with their origins, for provenance. */
    public PluginRegistry<DataSource> plugins() {
        return plugins;
    }

    /** Returns the source names, in registration order. */
    public List<String> names() {
        return plugins.names();
    }

    /** Returns every source, in registration order. */
    public List<DataSource> all() {
        return plugins.plugins();
    }

    /** Returns where a source came from: {@link #BUILT_IN} or the path of its plug-in jar. */
    public String origin(String name) {
        return plugins.registered(name).origin().location();
    }

    /**
     * Returns the source of this name.
     *
     * @param name a source name
     * @return the source
     * @throws IllegalArgumentException listing the valid names if there is none
     */
    public DataSource get(String name) {
        return plugins.get(name);
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
        if (colon > 0 && plugins.contains(value.substring(0, colon))) {
            DataSource source = plugins.get(value.substring(0, colon));
            return new DataLocation(source, folder(value.substring(colon + 1), value), false);
        }
        if (colon > 0 && !Files.exists(Path.of(value)) && value.substring(0, colon).matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("unknown data source '" + value.substring(0, colon) + "' in '" + value
                    + "'; registered: " + String.join(", ", names()));
        }
        Path dir = folder(value, value);
        List<DataSource> matching = new ArrayList<>();
        for (DataSource source : plugins.plugins()) {
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
