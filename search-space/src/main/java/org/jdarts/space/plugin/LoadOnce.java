package org.jdarts.space.plugin;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value loaded at its first use and kept: the shared registry of each plug-in kind. A load that
 * throws keeps nothing, so the next use tries again and reports the same error.
 *
 * @param <T> the value's type
 */
public final class LoadOnce<T> {

    private final Supplier<T> loader;
    private volatile T value;

    /**
     * Creates a value that {@code loader} makes when it is first asked for.
     *
     * @param loader makes the value
     */
    public LoadOnce(Supplier<T> loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /** Returns the value, loading it at the first call. */
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(loader.get(), "loaded value");
                    value = v;
                }
            }
        }
        return v;
    }
}
