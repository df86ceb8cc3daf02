package org.jdarts.core.run;

import java.util.List;

/**
 * The shape of a run's images and its classes, as {@code provenance.json} records them, so that
 * reports can count the network at the run's input size and name its classes.
 *
 * @param channels channels per image (1 or 3)
 * @param height image height in pixels
 * @param width image width in pixels
 * @param classNames one name per class, in label order
 */
public record DataShape(int channels, int height, int width, List<String> classNames) {

    /** Validates and copies. */
    public DataShape {
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("image shape must be positive, got " + channels + "x" + height + "x"
                    + width);
        }
        classNames = List.copyOf(classNames);
        if (classNames.size() < 2) {
            throw new IllegalArgumentException("a classifier needs at least 2 classes, got " + classNames.size());
        }
    }

    /** Returns the number of classes. */
    public int classes() {
        return classNames.size();
    }

    /** Returns the shape as C×H×W. */
    public String describe() {
        return channels + "×" + height + "×" + width;
    }

    /**
     * Returns the class names in one line: all of them up to {@code shown}, else the first
     * {@code shown} and how many more.
     *
     * @param shown how many names to list at most
     * @return the line
     */
    public String classList(int shown) {
        if (classNames.size() <= shown) {
            return String.join(", ", classNames);
        }
        return String.join(", ", classNames.subList(0, shown)) + " and " + (classNames.size() - shown) + " more";
    }
}
