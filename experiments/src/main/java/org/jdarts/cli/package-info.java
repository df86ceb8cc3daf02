/**
 * Internal to jdarts (not API: it may change without notice; see docs/library.md). The
 * {@code jdarts} command line: one picocli command class per subcommand.
 */
package org.jdarts.cli;
