package org.jdarts.space.plugin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The plug-ins of one kind by name, in registration order: built-in ones first, then those that
 * {@link ServiceLoader} finds in plug-in jars. Every kind (operations, search methods, data
 * sources) is discovered, checked and traced the same way:
 *
 * <ul>
 *   <li>a name that breaks the kind's rule, or is taken twice, fails {@link Builder#build()} with
 *       one line naming both classes and where each came from;
 *   <li>an unknown name fails {@link #get(String)} with one line listing the registered names;
 *   <li>each plug-in keeps its {@link PluginOrigin}, and {@link #jars(PluginRegistry[])} gives the
 *       SHA-256 of every plug-in jar for a run's provenance.
 * </ul>
 *
 * <pre>{@code
 * PluginRegistry<SearchMethod> methods = PluginRegistry.builder("search method", SearchMethod::name)
 *         .optBuiltIn(SearchMethod.class)
 *         .discover(SearchMethod.class, loader)
 *         .build();
 * }</pre>
 *
 * @param <T> the plug-in type
 */
public final class PluginRegistry<T> {

    private final String kind;
    private final Map<String, Registered<T>> entries;

    private PluginRegistry(String kind, Map<String, Registered<T>> entries) {
        this.kind = kind;
        this.entries = Collections.unmodifiableMap(entries);
    }

    /**
     * A registered plug-in.
     *
     * @param name its unique name
     * @param plugin the plug-in
     * @param origin where its class came from
     * @param <T> the plug-in type
     */
    public record Registered<T>(String name, T plugin, PluginOrigin origin) {}

    /**
     * Starts a registry.
     *
     * @param kind what the plug-ins are, as error messages name them (for example {@code data source})
     * @param naming gives a plug-in's name
     * @param <T> the plug-in type
     * @return a builder
     */
    public static <T> Builder<T> builder(String kind, Function<? super T, String> naming) {
        return new Builder<>(kind, naming);
    }

    /** Returns what the plug-ins are ({@code operation}, {@code search method}, ...). */
    public String kind() {
        return kind;
    }

    /**
     * Returns the plug-in of this name.
     *
     * @param name a name
     * @return the plug-in
     * @throws IllegalArgumentException listing the registered names if there is none
     */
    public T get(String name) {
        return registered(name).plugin();
    }

    /**
     * Returns the plug-in of this name with its origin.
     *
     * @param name a name
     * @return the registered plug-in
     * @throws IllegalArgumentException listing the registered names if there is none
     */
    public Registered<T> registered(String name) {
        Registered<T> r = entries.get(name);
        if (r == null) {
            throw new IllegalArgumentException("unknown " + kind + " '" + name + "'; registered: "
                    + String.join(", ", entries.keySet()));
        }
        return r;
    }

    /** Returns whether a plug-in of this name is registered. */
    public boolean contains(String name) {
        return entries.containsKey(name);
    }

    /** Returns the names, in registration order. */
    public List<String> names() {
        return List.copyOf(entries.keySet());
    }

    /** Returns the plug-ins, in registration order. */
    public List<T> plugins() {
        return entries.values().stream().map(Registered::plugin).toList();
    }

    /** Returns the plug-ins with their names and origins, in registration order. */
    public List<Registered<T>> all() {
        return List.copyOf(entries.values());
    }

    /**
     * Returns the jars and folders that plug-ins of these registries came from, each once: the
     * jar's SHA-256, or {@code folder} for a class folder. Built-in plug-ins are left out.
     *
     * @param registries the registries
     * @return location to checksum, in registration order
     */
    public static Map<String, String> jars(PluginRegistry<?>... registries) {
        Map<String, String> sums = new LinkedHashMap<>();
        for (PluginRegistry<?> registry : registries) {
            for (Registered<?> r : registry.entries.values()) {
                if (!r.origin().builtIn()) {
                    sums.putIfAbsent(r.origin().location(), r.origin().jar() ? r.origin().sha256() : "folder");
                }
            }
        }
        return sums;
    }

    /**
     * Collects the plug-ins of one kind; {@link #build()} checks their names.
     *
     * @param <T> the plug-in type
     */
    public static final class Builder<T> {

        private final String kind;
        private final Function<? super T, String> naming;
        private final List<Class<?>> home = new ArrayList<>();
        private final List<T> plugins = new ArrayList<>();
        private final List<Class<?>> declaredBy = new ArrayList<>();
        private Predicate<String> nameRule = name -> true;
        private String nameRuleText = "";

        private Builder(String kind, Function<? super T, String> naming) {
            this.kind = Objects.requireNonNull(kind, "kind");
            this.naming = Objects.requireNonNull(naming, "naming");
        }

        /**
         * Counts plug-ins loaded from the jar or folder of any of these classes as built in.
         *
         * @param classes jdarts' own classes
         * @return this builder
         */
        public Builder<T> optBuiltIn(Class<?>... classes) {
            home.addAll(List.of(classes));
            return this;
        }

        /**
         * Adds a rule names must follow besides being non-empty and free of white space.
         *
         * @param rule whether a name is valid
         * @param description what the rule asks, for the error (for example {@code no ':'})
         * @return this builder
         */
        public Builder<T> optNameRule(Predicate<String> rule, String description) {
            this.nameRule = Objects.requireNonNull(rule, "rule");
            this.nameRuleText = ", " + description;
            return this;
        }

        /**
         * Registers a plug-in; its origin is where its class came from.
         *
         * @param plugin the plug-in
         * @return this builder
         */
        public Builder<T> add(T plugin) {
            return add(plugin, plugin.getClass());
        }

        /**
         * Registers a plug-in that another class contributed (a provider of several).
         *
         * @param plugin the plug-in
         * @param from the class whose jar or folder is the plug-in's origin
         * @return this builder
         */
        public Builder<T> add(T plugin, Class<?> from) {
            plugins.add(Objects.requireNonNull(plugin, kind));
            declaredBy.add(from);
            return this;
        }

        /**
         * Registers every implementation of {@code service} that {@link ServiceLoader} finds.
         *
         * @param service the plug-in interface
         * @param loader the class loader to search
         * @return this builder
         * @throws IllegalStateException if a plug-in cannot be loaded
         */
        public Builder<T> discover(Class<T> service, ClassLoader loader) {
            return discover(service, List::of, loader);
        }

        /**
         * Registers the plug-ins of every provider of {@code service} that {@link ServiceLoader}
         * finds; each plug-in's origin is its provider's.
         *
         * @param service the provider interface
         * @param contributions the plug-ins a provider contributes
         * @param loader the class loader to search
         * @param <S> the provider type
         * @return this builder
         * @throws IllegalStateException if a plug-in cannot be loaded
         */
        public <S> Builder<T> discover(Class<S> service, Function<? super S, ? extends Collection<? extends T>> contributions,
                ClassLoader loader) {
            List<S> found = new ArrayList<>();
            try {
                ServiceLoader.load(service, loader).forEach(found::add);
            } catch (ServiceConfigurationError e) {
                throw new IllegalStateException("cannot load a " + kind + " plug-in: " + e.getMessage(), e);
            }
            for (S provider : found) {
                for (T plugin : contributions.apply(provider)) {
                    add(plugin, provider.getClass());
                }
            }
            return this;
        }

        /**
         * Checks the names and builds the registry.
         *
         * @return the registry
         * @throws IllegalStateException naming the plug-in's class and origin if a name is invalid
         *     or taken twice
         * @throws java.io.UncheckedIOException if a plug-in jar cannot be read for its checksum
         */
        public PluginRegistry<T> build() {
            Map<Class<?>, PluginOrigin> origins = new HashMap<>();
            Map<String, Registered<T>> entries = new LinkedHashMap<>();
            Class<?>[] homes = home.toArray(Class<?>[]::new);
            for (int i = 0; i < plugins.size(); i++) {
                T plugin = plugins.get(i);
                PluginOrigin origin = origins.computeIfAbsent(declaredBy.get(i), c -> PluginOrigin.of(c, homes));
                String name = naming.apply(plugin);
                if (name == null || name.isBlank() || name.chars().anyMatch(Character::isWhitespace)
                        || !nameRule.test(name)) {
                    throw new IllegalStateException(kind + " " + plugin.getClass().getName() + " from " + origin
                            + " has an invalid name '" + name + "' (non-empty, no white space" + nameRuleText + ")");
                }
                Registered<T> previous = entries.putIfAbsent(name, new Registered<>(name, plugin, origin));
                if (previous != null) {
                    throw new IllegalStateException(kind + " '" + name + "' is registered twice: by "
                            + previous.origin() + " (" + previous.plugin().getClass().getName() + ") and by "
                            + origin + " (" + plugin.getClass().getName() + "); remove one of the plug-ins");
                }
            }
            return new PluginRegistry<>(kind, entries);
        }
    }
}
