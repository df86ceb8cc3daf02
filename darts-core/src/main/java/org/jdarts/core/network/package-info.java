/**
 * The cell-network skeleton shared by the supernet and the evaluation network: network shape and
 * reduction rule, cell inputs and preprocessing, stem, cell chaining, pooling and classifier.
 */
package org.jdarts.core.network;
