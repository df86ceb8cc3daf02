/**
 * Neural-network helpers: PyTorch-default initialisation, classification loss and accuracy.
 */
package org.jdarts.core.nn;
