/**
 * Internal to jdarts (not API: it may change without notice; see docs/library.md). Drawings of
 * derived cells in the reference {@code visualize.py}'s conventions, laid out by jdarts itself (no
 * graphviz, no script engine): SVG written directly, PNG painted with Java2D from the same layout,
 * and a graphviz {@code .dot} file.
 */
package org.jdarts.reports.cell;
