package org.jdarts.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.jdarts.data.ImageData;
import org.jdarts.experiments.RunDirectoryException;
import org.jdarts.experiments.TrainedRun;

/** The training run a command's {@code --run} names, and its data (or the data {@code --data} names instead). */
final class TrainedRunArgument {

    private TrainedRunArgument() {}

    /**
     * Opens the run.
     *
     * @param run what {@code --run} gave
     * @param needs what the command does, for the message about a search run
     * @return the run
     * @throws UsageException naming {@code --run} if it is no training run with a checkpoint
     * @throws IOException if its files cannot be read, or are damaged or changed
     */
    static TrainedRun open(Path run, String needs) throws IOException {
        try {
            return TrainedRun.open(run, needs);
        } catch (RunDirectoryException e) {
            throw new UsageException("--run " + e.getMessage());
        }
    }

    /**
     * Reads the run's data, or the folder and source {@code data} names.
     *
     * @param run the run
     * @param data the command's data options
     * @return the images
     * @throws IOException if they cannot be read
     */
    static ImageData images(TrainedRun run, DataOptions data) throws IOException {
        return run.readImages(data.dirOrNull(), data.sourceOrNull(), data.partial());
    }
}
