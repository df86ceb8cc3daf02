package org.jdarts.space.op;

import java.util.Collection;
import java.util.List;
import java.util.ServiceLoader;
import org.jdarts.space.plugin.LoadOnce;
import org.jdarts.space.plugin.PluginOrigin;
import org.jdarts.space.plugin.PluginRegistry;

/**
 * The operations known to jdarts, discovered with {@link ServiceLoader} on the class path: the
 * built-in {@link OperationProvider} and every plugin jar's providers and {@link Operation}s.
 * Discovery, name clashes and origins are those of every plug-in kind ({@link PluginRegistry}).
 */
public final class OperationRegistry {

    /** The source shown for operations that ship with jdarts. */
    public static final String BUILT_IN = PluginOrigin.BUILT_IN_LOCATION;

    private static final LoadOnce<OperationRegistry> SHARED =
            new LoadOnce<>(() -> load(OperationRegistry.class.getClassLoader()));

    private final PluginRegistry<Operation> plugins;

    private OperationRegistry(PluginRegistry<Operation> plugins) {
        this.plugins = plugins;
    }

    /**
     * Returns the registry of the providers visible to this class's class loader, loaded once.
     *
     * @return the shared registry
     * @throws IllegalStateException if a plugin cannot be loaded or two register the same name
     */
    public static OperationRegistry load() {
        return SHARED.get();
    }

    /**
     * Discovers the operations visible to {@code loader}: those of every {@link OperationProvider}
     * service, then every {@link Operation} service.
     *
     * @param loader the class loader to search
     * @return a new registry
     * @throws IllegalStateException if a plugin cannot be loaded or two register the same name
     */
    public static OperationRegistry load(ClassLoader loader) {
        return new OperationRegistry(builder()
                .discover(OperationProvider.class, OperationProvider::operations, loader)
                .discover(Operation.class, loader)
                .build());
    }

    /**
     * Builds a registry from explicit providers (tests, embedding applications).
     *
     * @param providers the providers, in registration order
     * @return a new registry
     * @throws IllegalStateException if two providers register the same name
     */
    public static OperationRegistry of(Collection<? extends OperationProvider> providers) {
        PluginRegistry.Builder<Operation> builder = builder();
        for (OperationProvider provider : providers) {
            provider.operations().forEach(op -> builder.add(op, provider.getClass()));
        }
        return new OperationRegistry(builder.build());
    }

    private static PluginRegistry.Builder<Operation> builder() {
        return PluginRegistry.builder("operation", Operation::name).optBuiltIn(OperationRegistry.class);
    }

    /**
     * Returns the operation registered under {@code name}.
     *
     * @param name an operation name
     * @return the registered operation
     * @throws IllegalArgumentException listing the valid names if there is none
     */
    public RegisteredOperation get(String name) {
        return registered(plugins.registered(name));
    }

    /** Returns {@code true} if an operation of that name is registered. */
    public boolean contains(String name) {
        return plugins.contains(name);
    }

    /** Returns every registered operation, built-in ones first, in registration order. */
    public List<RegisteredOperation> all() {
        return plugins.all().stream().map(OperationRegistry::registered).toList();
    }

    /** Returns the registered names in registration order. */
    public List<String> names() {
        return plugins.names();
    }

    /** Returns the operations as plug-ins: with their origins, for provenance. */
    public PluginRegistry<Operation> plugins() {
        return plugins;
    }

    private static RegisteredOperation registered(PluginRegistry.Registered<Operation> r) {
        return new RegisteredOperation(r.plugin(), r.origin().location());
    }
}
