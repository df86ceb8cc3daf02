package org.jdarts.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A data folder and the source that reads it.
 *
 * @param source the data source
 * @param dir the folder
 * @param detected whether the source was recognised from the folder rather than named
 */
public record DataLocation(DataSource source, Path dir, boolean detected) {

    /** Reads the folder with its source. */
    public ImageData read(ReadOptions options) throws IOException {
        return source.read(dir, options);
    }

    /** Returns the {@code NAME:DIR} form that names this location without detection. */
    public String spec() {
        return source.name() + ":" + dir;
    }

    /** Returns the one line that says which source reads the folder (and whether it was detected). */
    public String describe() {
        return dir + ": " + (detected ? "detected " : "") + source.name() + " (" + source.description() + ")";
    }
}
