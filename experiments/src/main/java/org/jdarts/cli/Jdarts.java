package org.jdarts.cli;

/** The {@code jdarts} command's entry point. */
public final class Jdarts {

    private Jdarts() {}

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        System.exit(JdartsCommand.commandLine().execute(args));
    }
}
