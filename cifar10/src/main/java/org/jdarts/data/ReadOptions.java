package org.jdarts.data;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

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
 * @param labels which labels to classify by, for data sets with two (CIFAR-100: fine, the default,
 *     or coarse)
 */
public record ReadOptions(boolean partial, int imageSize, double testPortion, boolean skipUnreadable, Labels labels) {

    /** The label sets of a data set that has two: CIFAR-100's 100 classes and their 20 superclasses. */
    public enum Labels {
        /** The fine labels (CIFAR-100: 100 classes). */
        FINE,
        /** The coarse labels (CIFAR-100: 20 superclasses). */
        COARSE;

        /** Returns the name as flags and provenance write it ({@code fine}, {@code coarse}). */
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * Returns the label set called {@code name} (any case).
         *
         * @param name fine or coarse
         * @return the label set
         * @throws IllegalArgumentException naming the valid values
         */
        public static Labels parse(String name) {
            for (Labels l : values()) {
                if (l.toString().equalsIgnoreCase(name.trim())) {
                    return l;
                }
            }
            throw new IllegalArgumentException("labels must be fine or coarse, got '" + name + "'");
        }
    }

    /** The default side image files are resized to. */
    public static final int DEFAULT_IMAGE_SIZE = 32;

    /** The default portion of each class held out for testing. */
    public static final double DEFAULT_TEST_PORTION = 0.2;

    /** The whole data set, as published. */
    public static final ReadOptions WHOLE = new ReadOptions(false, DEFAULT_IMAGE_SIZE, DEFAULT_TEST_PORTION, false,
            Labels.FINE);

    /** A subset is acceptable. */
    public static final ReadOptions PARTIAL = WHOLE.withPartial(true);

    /** Validates the values. */
    public ReadOptions {
        Objects.requireNonNull(labels, "labels");
        if (imageSize < 8 || imageSize > 512) {
            throw new IllegalArgumentException("image size must be in [8, 512], got " + imageSize);
        }
        if (!(testPortion > 0 && testPortion < 1)) {
            throw new IllegalArgumentException("test portion must be in (0, 1), got " + testPortion);
        }
    }

    /** Returns these options with {@code partial} set. */
    public ReadOptions withPartial(boolean on) {
        return new ReadOptions(on, imageSize, testPortion, skipUnreadable, labels);
    }

    /** Returns these options with image files resized to {@code side}×{@code side}. */
    public ReadOptions withImageSize(int side) {
        return new ReadOptions(partial, side, testPortion, skipUnreadable, labels);
    }

    /** Returns these options with {@code portion} of each class held out for testing. */
    public ReadOptions withTestPortion(double portion) {
        return new ReadOptions(partial, imageSize, portion, skipUnreadable, labels);
    }

    /** Returns these options with unreadable images skipped or refused. */
    public ReadOptions withSkipUnreadable(boolean on) {
        return new ReadOptions(partial, imageSize, testPortion, on, labels);
    }

    /** Returns these options with the label set {@code set}. */
    public ReadOptions withLabels(Labels set) {
        return new ReadOptions(partial, imageSize, testPortion, skipUnreadable, set);
    }

    /** Returns the options that shape the images read (not {@code partial}), as provenance records them. */
    public Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("imageSize", Integer.toString(imageSize));
        map.put("testPortion", String.format(Locale.ROOT, "%s", testPortion));
        map.put("skipUnreadable", Boolean.toString(skipUnreadable));
        map.put("labels", labels.toString());
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
        if (map.containsKey("labels")) {
            o = o.withLabels(Labels.parse(map.get("labels")));
        }
        return o;
    }
}
