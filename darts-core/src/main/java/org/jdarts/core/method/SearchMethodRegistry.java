package org.jdarts.core.method;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.jdarts.space.ConfigException;
import org.jdarts.space.op.OperationArgs;

/**
 * The search methods known to jdarts, discovered with {@link ServiceLoader}: the built-in ones and
 * every plugin jar's {@link SearchMethod} services. Names are unique.
 */
public final class SearchMethodRegistry {

    /** The method a search uses unless told otherwise. */
    public static final String DEFAULT = "darts";

    private static volatile SearchMethodRegistry defaultRegistry;

    private final Map<String, SearchMethod> methods;

    private SearchMethodRegistry(Map<String, SearchMethod> methods) {
        this.methods = Collections.unmodifiableMap(methods);
    }

    /**
     * Returns the registry of the methods visible to this class's class loader, loaded once.
     *
     * @throws IllegalStateException if a plugin cannot be loaded or two methods share a name
     */
    public static SearchMethodRegistry load() {
        SearchMethodRegistry r = defaultRegistry;
        if (r == null) {
            synchronized (SearchMethodRegistry.class) {
                r = defaultRegistry;
                if (r == null) {
                    r = load(SearchMethodRegistry.class.getClassLoader());
                    defaultRegistry = r;
                }
            }
        }
        return r;
    }

    /**
     * Discovers the methods visible to {@code loader}.
     *
     * @param loader the class loader to search
     * @return a new registry
     * @throws IllegalStateException if a plugin cannot be loaded or two methods share a name
     */
    public static SearchMethodRegistry load(ClassLoader loader) {
        List<SearchMethod> found = new ArrayList<>();
        try {
            ServiceLoader.load(SearchMethod.class, loader).forEach(found::add);
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException("cannot load a search method plugin: " + e.getMessage(), e);
        }
        Map<String, SearchMethod> methods = new LinkedHashMap<>();
        for (SearchMethod m : found) {
            SearchMethod before = methods.putIfAbsent(m.name(), m);
            if (before != null) {
                throw new IllegalStateException("two search methods are named '" + m.name() + "': "
                        + before.getClass().getName() + " and " + m.getClass().getName());
            }
        }
        return new SearchMethodRegistry(methods);
    }

    /** Returns every method, built-in ones first. */
    public Collection<SearchMethod> methods() {
        return methods.values();
    }

    /** Returns the methods' names. */
    public List<String> names() {
        return List.copyOf(methods.keySet());
    }

    /**
     * Returns a method by name.
     *
     * @param name a method's name
     * @return the method
     * @throws IllegalArgumentException naming the valid methods if there is none by that name
     */
    public SearchMethod get(String name) {
        SearchMethod m = methods.get(name);
        if (m == null) {
            throw new IllegalArgumentException("unknown search method '" + name + "'; valid: "
                    + String.join(", ", methods.keySet()));
        }
        return m;
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
