package org.jdarts.cli;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Path;
import org.jdarts.data.ImageData;
import org.jdarts.experiments.RunDirectoryException;
import org.jdarts.experiments.TrainedRun;
import picocli.CommandLine.Mixin;

/**
 * What a command that uses a trained network shares: the data flags (the run's recorded data
 * unless {@code --data} names another folder), {@code --device}, and opening the training run its
 * {@code --run} names.
 */
final class TrainedRunArgument {

    @Mixin
    DataOptions data;

    @Mixin
    DeviceOption device;

    /**
     * Opens the run.
     *
     * @param run what {@code --run} gave
     * @param needs what the command does, for the message about a search run
     * @return the run
     * @throws UsageException naming {@code --run} if it is no training run with a checkpoint
     * @throws IOException if its files cannot be read, or are damaged or changed
     */
    TrainedRun open(Path run, String needs) throws IOException {
        try {
            return TrainedRun.open(run, needs);
        } catch (RunDirectoryException e) {
            throw new UsageException("--run " + e.getMessage());
        }
    }

    /**
     * Reads the run's data, or the folder and source the data flags name.
     *
     * @param run the run
     * @return the images
     * @throws IOException if they cannot be read
     */
    ImageData images(TrainedRun run) throws IOException {
        return run.readImages(data.dirOrNull(), data.sourceOrNull(), data.partial());
    }

    /** Returns the device {@code --device} names. */
    Device device() {
        return device.resolve();
    }
}
