package org.jdarts.data;

/**
 * How a {@link DataSource} reads a folder.
 *
 * @param partial whether a subset of the data set is acceptable (a sample with fewer files or
 *     records than the official one)
 */
public record ReadOptions(boolean partial) {

    /** The whole data set, as published. */
    public static final ReadOptions WHOLE = new ReadOptions(false);

    /** A subset is acceptable. */
    public static final ReadOptions PARTIAL = new ReadOptions(true);
}
