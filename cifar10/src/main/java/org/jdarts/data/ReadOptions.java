package org.jdarts.data;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How a {@link DataSource} reads a folder. Sources use the options that concern them (the CIFAR
 * and idx sources only {@code partial}).
 *
 * @param partial whether a subset of the data set is acceptable (a sample with fewer files or
 *     records than the official one)
 * @param imageSize the side that image files are resized to ({@value #DEFAULT_IMAGE_SIZE} by default)
 * @param testPortion the portion of each class held out for testing when a folder of image files
 *     has no {@code train}/{@code test} split ({@value #DEFAULT_TEST_PORTION} by default)
 * @param skipUnreadable whether image files that cannot be decoded are skipped (and counted)
 *     rather than refused
 */
public record ReadOptions(boolean partial, int imageSize, double testPortion, boolean skipUnreadable) {

    /** The default side image files are resized to. */
    public static final int DEFAULT_IMAGE_SIZE = 32;

    /** The default portion of each class held out for testing. */
    public static final double DEFAULT_TEST_PORTION = 0.2;

    /** The whole data set, as published. */
    public static final ReadOptions WHOLE = new ReadOptions(false, DEFAULT_IMAGE_SIZE, DEFAULT_TEST_PORTION, false);

    /** A subset is acceptable. */
    public static final ReadOptions PARTIAL = WHOLE.withPartial(true);

    /** Validates the values. */
    public ReadOptions {
        if (imageSize < 8 || imageSize > 512) {
            throw new IllegalArgumentException("image size must be in [8, 512], got " + imageSize);
        }
        if (!(testPortion > 0 && testPortion < 1)) {
            throw new IllegalArgumentException("test portion must be in (0, 1), got " + testPortion);
        }
    }

    /** Returns these options with {@code partial} set. */
    public ReadOptions withPartial(boolean on) {
        return new ReadOptions(on, imageSize, testPortion, skipUnreadable);
    }

    /** Returns these options with image files resized to {@code side}×{@code side}. */
    public ReadOptions withImageSize(int side) {
        return new ReadOptions(partial, side, testPortion, skipUnreadable);
    }

    /** Returns these options with {@code portion} of each class held out for testing. */
    public ReadOptions withTestPortion(double portion) {
        return new ReadOptions(partial, imageSize, portion, skipUnreadable);
    }

    /** Returns these options with unreadable images skipped or refused. */
    public ReadOptions withSkipUnreadable(boolean on) {
        return new ReadOptions(partial, imageSize, testPortion, on);
    }

    /** Returns the options that shape the images read (not {@code partial}), as provenance records them. */
    public Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("imageSize", Integer.toString(imageSize));
        map.put("testPortion", String.format(Locale.ROOT, "%s", testPortion));
        map.put("skipUnreadable", Boolean.toString(skipUnreadable));
        return map;
    }

    /**
     * Returns the entries of {@link #toMap()} that {@code source} uses, or {@code null} if none.
     *
     * @param source the data source
     * @return the recorded options
     */
    public Map<String, String> toMap(DataSource source) {
        Map<String, String> map = new LinkedHashMap<>(toMap());
        map.keySet().retainAll(source.optionNames());
        return map.isEmpty() ? null : map;
    }

    /**
     * Returns options with the values of {@link #toMap()} (absent keys keep their defaults).
     *
     * @param map recorded values, or null
     * @param partial whether a subset is acceptable
     * @return the options
     */
    public static ReadOptions fromMap(Map<String, String> map, boolean partial) {
        ReadOptions o = WHOLE.withPartial(partial);
        if (map == null) {
            return o;
        }
        if (map.containsKey("imageSize")) {
            o = o.withImageSize(Integer.parseInt(map.get("imageSize")));
        }
        if (map.containsKey("testPortion")) {
            o = o.withTestPortion(Double.parseDouble(map.get("testPortion")));
        }
        if (map.containsKey("skipUnreadable")) {
            o = o.withSkipUnreadable(Boolean.parseBoolean(map.get("skipUnreadable")));
        }
        return o;
    }
}
