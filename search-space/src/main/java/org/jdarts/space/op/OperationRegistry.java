package org.jdarts.space.op;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The operations known to jdarts, discovered with {@link ServiceLoader} on the class path: the
 * built-in {@link OperationProvider} and every plugin jar's providers and {@link Operation}s.
 *
 * <p>Names are unique: two providers that register the same name make {@link #load()} fail with
 * an error naming both sources.
 */
public final class OperationRegistry {

    /** The source shown for operations that ship with jdarts. */
    public static final String BUILT_IN = "built-in";

    private static volatile OperationRegistry defaultRegistry;

    private final Map<String, RegisteredOperation> operations;

    private OperationRegistry(Map<String, RegisteredOperation> operations) {
        this.operations = Collections.unmodifiableMap(operations);
    }

    /**
     * Returns the registry of the providers visible to this class's class loader, loaded once.
     *
     * @return the shared registry
     * @throws IllegalStateException if two providers register the same name
     */
    public static OperationRegistry load() {
        OperationRegistry r = defaultRegistry;
        if (r == null) {
            synchronized (OperationRegistry.class) {
                r = defaultRegistry;
                if (r == null) {
                    r = load(OperationRegistry.class.getClassLoader());
                    defaultRegistry = r;
                }
            }
        }
        return r;
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
        List<OperationProvider> providers = new ArrayList<>();
        List<Operation> operations = new ArrayList<>();
        try {
            ServiceLoader.load(OperationProvider.class, loader).forEach(providers::add);
            ServiceLoader.load(Operation.class, loader).forEach(operations::add);
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException("cannot load an operation plugin: " + e.getMessage(), e);
        }
        Map<String, RegisteredOperation> ops = new LinkedHashMap<>();
        providers.forEach(p -> p.operations().forEach(op -> register(ops, op, sourceOf(p.getClass()))));
        operations.forEach(op -> register(ops, op, sourceOf(op.getClass())));
        return new OperationRegistry(ops);
    }

    /**
     * Builds a registry from explicit providers (tests, embedding applications).
     *
     * @param providers the providers, in registration order
     * @return a new registry
     * @throws IllegalStateException if two providers register the same name
     */
    public static OperationRegistry of(Collection<? extends OperationProvider> providers) {
        Map<String, RegisteredOperation> ops = new LinkedHashMap<>();
        providers.forEach(p -> p.operations().forEach(op -> register(ops, op, sourceOf(p.getClass()))));
        return new OperationRegistry(ops);
    }

    private static void register(Map<String, RegisteredOperation> ops, Operation op, String source) {
        Objects.requireNonNull(op.name(), "operation name from " + source);
        RegisteredOperation previous = ops.get(op.name());
        if (previous != null) {
            throw new IllegalStateException("operation '" + op.name() + "' is registered twice: by "
                    + previous.source() + " (" + previous.operation().getClass().getName() + ") and by " + source
                    + " (" + op.getClass().getName() + "); remove one of the plugins");
        }
        ops.put(op.name(), new RegisteredOperation(op, source));
    }

    /**
     * Returns the operation registered under {@code name}.
     *
     * @param name an operation name
     * @return the registered operation
     * @throws IllegalArgumentException listing the valid names if there is none
     */
    public RegisteredOperation get(String name) {
        RegisteredOperation op = operations.get(name);
        if (op == null) {
            throw new IllegalArgumentException("unknown operation '" + name + "'; registered: "
                    + String.join(", ", operations.keySet()));
        }
        return op;
    }

    /** Returns {@code true} if an operation of that name is registered. */
    public boolean contains(String name) {
        return operations.containsKey(name);
    }

    /** Returns every registered operation, built-in ones first, in registration order. */
    public List<RegisteredOperation> all() {
        return List.copyOf(operations.values());
    }

    /** Returns the registered names in registration order. */
    public List<String> names() {
        return List.copyOf(operations.keySet());
    }

    /**
     * Tells where a provider class comes from: {@link #BUILT_IN} when it was loaded from the same
     * place as jdarts' own operations, otherwise the file name of its jar (or class folder).
     */
    static String sourceOf(Class<?> providerClass) {
        URL own = locationOf(OperationRegistry.class);
        URL location = locationOf(providerClass);
        if (location == null) {
            return providerClass.getName();
        }
        if (location.equals(own)) {
            return BUILT_IN;
        }
        try {
            return Path.of(location.toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return location.toString();
        }
    }

    private static URL locationOf(Class<?> type) {
        CodeSource cs = type.getProtectionDomain().getCodeSource();
        return cs == null ? null : cs.getLocation();
    }
}
