package org.jdarts.core.search;

import java.util.Locale;
import org.jdarts.space.ConfigException;

/** How the architecture gradient is computed. */
public enum SearchOrder {
    /** ∇α L_val(w, α): the weights are taken as they are. */
    FIRST,
    /** ∇α L_val(w', α) with w' one virtual SGD step ahead, its Hessian term by finite differences. */
    SECOND;

    /** Parses {@code first} or {@code second}. */
    public static SearchOrder parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "first", "1" -> FIRST;
            case "second", "2" -> SECOND;
            default -> throw new ConfigException("order", "must be first or second, got '" + text + "'");
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
