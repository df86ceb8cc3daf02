/**
 * The epoch loop shared by searches and training runs: steps with divergence checks and running
 * metrics, inference-mode evaluation, and the per-epoch driver with its listener.
 */
package org.jdarts.core.loop;
