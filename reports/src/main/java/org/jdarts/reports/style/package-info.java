/**
 * Internal to jdarts (not API: it may change without notice; see docs/library.md). What every
 * report shares: the colour of each operation and the names of a cell's parts.
 */
package org.jdarts.reports.style;
