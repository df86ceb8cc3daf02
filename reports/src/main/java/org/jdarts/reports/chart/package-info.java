/**
 * Internal to jdarts (not API: it may change without notice; see docs/library.md). JFreeChart
 * figures of a run: the α heatmap of a cell, α of every edge over the epochs (small multiples),
 * and the loss, accuracy, learning-rate and drop-path curves.
 */
package org.jdarts.reports.chart;
