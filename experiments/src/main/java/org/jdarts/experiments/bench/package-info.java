/**
 * Internal to jdarts (not API: it may change without notice; see docs/library.md). Throughput
 * benchmarks on synthetic data: seconds per search step and per training step.
 */
package org.jdarts.experiments.bench;
