/**
 * Internal to jdarts (not API: it may change without notice; see docs/library.md). Figures of a
 * fixed size, rendered to PNG and to SVG (Apache Batik, Apache-2.0) from one painting.
 */
package org.jdarts.reports.figure;
