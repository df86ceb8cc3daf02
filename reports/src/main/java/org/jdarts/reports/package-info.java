/**
 * Reports of jdarts runs, built offline from run directories alone: α heatmaps and α over the
 * epochs, drawings of the derived cells (SVG, PNG, graphviz dot), loss and accuracy curves, one
 * run's report and the comparison of several, as self-contained HTML and as Markdown.
 */
package org.jdarts.reports;
