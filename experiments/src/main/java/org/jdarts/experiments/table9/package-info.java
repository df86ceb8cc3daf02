/**
 * Experiment grids (the MobileNeXt paper's Table 9: three search spaces × searches × evaluation
 * seeds) made of ordinary run directories: budgets, the grid's manifest and cells, running and
 * resuming them one by one or all, and collecting the finished ones into a table with statistics.
 */
package org.jdarts.experiments.table9;
