/**
 * The DARTS supernet: mixed operations, search cells (their edges evaluated one by one or, by
 * default, fused per source node) and the network with its architecture parameters.
 */
package org.jdarts.core.supernet;
