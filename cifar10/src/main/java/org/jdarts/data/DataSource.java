package org.jdarts.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * A kind of image data jdarts can search and train on: a reader of one folder layout. Sources are
 * discovered with {@link java.util.ServiceLoader} (list the implementation in
 * {@code META-INF/services/org.jdarts.data.DataSource}); plug-in jars in {@code ./plugins} or
 * {@code JDARTS_PLUGINS} add their own, as operation plug-ins do.
 *
 * <p>An implementation needs a public no-argument constructor and must be stateless.
 */
public interface DataSource {

    /** Returns the name used in {@code --data NAME:DIR} and in provenance (lower case, no colon). */
    String name();

    /** Returns one line saying what the source reads (its files and their format). */
    String description();

    /**
     * Returns the names of the {@link ReadOptions#toMap()} entries that change what this source
     * reads (none by default: only {@code partial} matters); provenance records those.
     *
     * @return option names, such as {@code imageSize}
     */
    default Set<String> optionNames() {
        return Set.of();
    }

    /**
     * Returns whether {@code dir} looks like this source's layout, from file names only (cheap):
     * {@code --data DIR} uses the one source that recognises the folder.
     *
     * @param dir an existing folder
     * @return whether this source would read it
     */
    boolean recognizes(Path dir);

    /**
     * Reads the training and test images of a folder.
     *
     * @param dir the folder
     * @param options whether partial data is acceptable
     * @return the images, class names, normalisation, augmentation and checksums
     * @throws DataFormatException naming the file (and record) of the first problem
     * @throws IOException if a file cannot be read
     */
    ImageData read(Path dir, ReadOptions options) throws IOException;

    /**
     * Returns this source keeping what it derives from a folder (such as decoded images) in
     * {@code folder} instead of the {@linkplain CacheLocation configured cache}. A source that
     * derives nothing worth keeping returns itself (the default).
     *
     * @param folder the cache folder, or null for none
     * @return a source with that cache
     */
    default DataSource withCacheFolder(Path folder) {
        return this;
    }
}
