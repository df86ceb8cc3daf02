package org.jdarts.core.network;

/** Builds the cell of a network at a given slot. */
@FunctionalInterface
public interface CellFactory {

    /**
     * Creates the cell.
     *
     * @param slot where the cell stands
     * @return a new, uninitialised cell
     */
    Cell create(CellSlot slot);
}
