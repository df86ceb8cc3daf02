package org.jdarts.space.op;

import java.util.Locale;

/**
 * A numeric parameter that an operation accepts from a search-space file, with its default and the
 * closed interval of valid values.
 *
 * @param name the key used in a search-space file (for example {@code "t"})
 * @param description what the parameter controls, shown by {@code jdarts ops}
 * @param defaultValue the value used when a search space does not set it
 * @param min the smallest valid value
 * @param max the largest valid value
 */
public record OperationParameter(
        String name, String description, double defaultValue, double min, double max) {

    /** Validates the declaration itself. */
    public OperationParameter {
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException(
                    "parameter name must be lower-case letters, digits or '_': " + name);
        }
        if (!(min <= max) || !isValid(defaultValue, min, max)) {
            throw new IllegalArgumentException(
                    "parameter '" + name + "': default " + defaultValue + " is not in [" + min + ", " + max + "]");
        }
    }

    /**
     * Checks a value given for this parameter.
     *
     * @param value the value to check
     * @return {@code null} when valid, otherwise a sentence saying what is valid
     */
    public String problemWith(double value) {
        if (isValid(value, min, max)) {
            return null;
        }
        return String.format(Locale.ROOT, "%s must be a number in [%s, %s], got %s",
                name, format(min), format(max), format(value));
    }

    private static boolean isValid(double value, double min, double max) {
        return Double.isFinite(value) && value >= min && value <= max;
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
