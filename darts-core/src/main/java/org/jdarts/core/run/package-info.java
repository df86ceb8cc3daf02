/**
 * Run directories: the one place that knows their layout and file formats (configuration,
 * provenance, metrics CSV, per-epoch α and genotypes, final results, checkpoint, lock), used by
 * the runs that write them and by the reports that read them.
 */
package org.jdarts.core.run;
