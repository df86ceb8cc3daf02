/**
 * Internal to jdarts (not API: it may change without notice; see docs/library.md). Report pages:
 * one run's report, the comparison of several runs, rendered as self-contained HTML and as
 * Markdown with PNG figures, written into a report folder that is replaced as a whole.
 */
package org.jdarts.reports.page;
