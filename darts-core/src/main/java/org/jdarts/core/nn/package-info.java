/**
 * Internal to jdarts (not API: it may change without notice; see docs/library.md). Neural-network
 * helpers: PyTorch-default initialisation, classification loss and accuracy.
 */
package org.jdarts.core.nn;
