package org.jdarts.core.network;

/**
 * Where a cell stands in a network, which is all a cell needs to know to build itself.
 *
 * @param index the cell's position, from 0
 * @param channels C of this cell (the input channels of each operation)
 * @param reduction whether the cell halves the resolution
 * @param reductionPrev whether the previous cell did (its first input then has twice the resolution)
 */
public record CellSlot(int index, int channels, boolean reduction, boolean reductionPrev) {}
