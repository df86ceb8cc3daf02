/**
 * The {@code jdarts} command line: one picocli command class per subcommand.
 */
package org.jdarts.cli;
