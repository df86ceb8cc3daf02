/**
 * Throughput benchmarks on synthetic data: seconds per search step and per training step.
 */
package org.jdarts.experiments.bench;
