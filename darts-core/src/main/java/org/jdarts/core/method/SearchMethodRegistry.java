package org.jdarts.core.method;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.jdarts.space.ConfigException;
import org.jdarts.space.op.OperationArgs;
import org.jdarts.space.plugin.LoadOnce;
import org.jdarts.space.plugin.PluginRegistry;

/**
 * The search methods known to jdarts, discovered with {@link ServiceLoader}: the built-in ones and
 * every plugin jar's {@link SearchMethod} services. Discovery, name clashes and origins are those
 * of every plug-in kind ({@link PluginRegistry}).
 */
public final class SearchMethodRegistry {

    /** The method a search uses unless told otherwise. */
    public static final String DEFAULT = "darts";

    private static final LoadOnce<SearchMethodRegistry> SHARED =
            new LoadOnce<>(() -> load(SearchMethodRegistry.class.getClassLoader()));

    private final PluginRegistry<SearchMethod> plugins;

    private SearchMethodRegistry(PluginRegistry<SearchMethod> plugins) {
        this.plugins = plugins;
    }

    /**
     * Returns the registry of the methods visible to this class's class loader, loaded once.
     *
     * @return the shared registry
     * @throws IllegalStateException if a plugin cannot be loaded or two methods share a name
     */
    public static SearchMethodRegistry load() {
        return SHARED.get();
    }

    /**
     * Discovers the methods visible to {@code loader}.
     *
     * @param loader the class loader to search
     * @return a new registry
     * @throws IllegalStateException if a plugin cannot be loaded or two methods share a name
     */
    public static SearchMethodRegistry load(ClassLoader loader) {
        return new SearchMethodRegistry(PluginRegistry.builder("search method", SearchMethod::name)
                .optBuiltIn(SearchMethodRegistry.class)
                .discover(SearchMethod.class, loader)
                .build());
    }

    /** Returns the methods' names. */
    public List<String> names() {
        return plugins.names();
    }

    /** Returns the methods as plug-ins: with their origins, for provenance. */
    public PluginRegistry<SearchMethod> plugins() {
        return plugins;
    }

    /**
     * Returns a method by name.
     *
     * @param name a method's name
     * @return the method
     * @throws IllegalArgumentException naming the valid methods if there is none by that name
     */
    public SearchMethod get(String name) {
        return plugins.get(name);
    }

    /**
     * Returns a method with its options checked and completed with their defaults.
     *
     * @param name the method's name
     * @param options option values (numbers or strings)
     * @return the configured method
     * @throws IllegalArgumentException if there is no method of that name
     * @throws ConfigException for the field {@code method}, naming the method, the option and what is valid
     */
    public ConfiguredMethod configure(String name, Map<String, ?> options) {
        SearchMethod method = get(name);
        try {
            return new ConfiguredMethod(method, OperationArgs.resolve("'" + name + "'", method.parameters(), options));
        } catch (ConfigException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ConfigException("method", e.getMessage());
        }
    }
}
