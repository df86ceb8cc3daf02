/**
 * The DARTS supernet: mixed operations, search cells and the network with its architecture parameters.
 */
package org.jdarts.core.supernet;
