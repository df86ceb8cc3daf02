package org.jdarts.core.network;

import java.util.List;

/**
 * The extra inputs a network passes to its normal cells and to its reduction cells, after s0 and s1.
 *
 * @param normal extra inputs of normal cells
 * @param reduce extra inputs of reduction cells
 * @param <T> arrays, or their shapes
 */
public record CellExtras<T>(List<T> normal, List<T> reduce) {

    /** Returns no extra inputs. */
    public static <T> CellExtras<T> none() {
        return new CellExtras<>(List.of(), List.of());
    }

    /** Returns one extra input per cell type. */
    public static <T> CellExtras<T> of(T normal, T reduce) {
        return new CellExtras<>(List.of(normal), List.of(reduce));
    }

    /** Returns the extra inputs of a reduction cell or of a normal cell. */
    public List<T> of(boolean reduction) {
        return reduction ? reduce : normal;
    }
}
