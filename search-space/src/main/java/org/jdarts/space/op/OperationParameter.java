package org.jdarts.space.op;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoublePredicate;

/**
 * A parameter that an operation accepts from a search-space file: an integer or a real number in
 * a closed interval, or one of a list of names, with a default and optionally a further rule (for
 * example "odd"). Values are checked when a search space is parsed, before anything runs.
 *
 * <p>Create one with {@link #integer}, {@link #real} or {@link #choice}; add a rule with
 * {@link #where}.
 */
public final class OperationParameter {

    /** What kind of value a parameter takes. */
    public enum Kind {
        /** A whole number, given as a JSON number without a fraction. */
        INTEGER,
        /** A real number. */
        REAL,
        /** One of a list of names, given as a JSON string. */
        CHOICE
    }

    private final String name;
    private final String description;
    private final Kind kind;
    private final Object defaultValue;
    private final double min;
    private final double max;
    private final List<String> choices;
    private final DoublePredicate rule;
    private final String ruleText;

    private OperationParameter(String name, String description, Kind kind, Object defaultValue, double min,
            double max, List<String> choices, DoublePredicate rule, String ruleText) {
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("parameter name must be lower-case letters, digits or '_': " + name);
        }
        this.name = name;
        this.description = Objects.requireNonNullElse(description, "");
        this.kind = kind;
        this.min = min;
        this.max = max;
        this.choices = choices;
        this.rule = rule;
        this.ruleText = ruleText;
        if (kind != Kind.CHOICE && !(min <= max)) {
            throw new IllegalArgumentException("parameter '" + name + "': min " + min + " exceeds max " + max);
        }
        String problem = problemWith(defaultValue);
        if (problem != null) {
            throw new IllegalArgumentException("parameter '" + name + "': its default is invalid: " + problem);
        }
        this.defaultValue = normalise(defaultValue);
    }

    /**
     * Declares an integer parameter.
     *
     * @param name the key in a search-space file
     * @param description what it controls, shown by {@code jdarts ops}
     * @param defaultValue the value when a space does not set it
     * @param min the smallest valid value
     * @param max the largest valid value
     * @return the declaration
     */
    public static OperationParameter integer(String name, String description, long defaultValue, long min, long max) {
        return new OperationParameter(name, description, Kind.INTEGER, defaultValue, min, max, List.of(), null, null);
    }

    /**
     * Declares a real-valued parameter.
     *
     * @param name the key in a search-space file
     * @param description what it controls
     * @param defaultValue the value when a space does not set it
     * @param min the smallest valid value
     * @param max the largest valid value
     * @return the declaration
     */
    public static OperationParameter real(String name, String description, double defaultValue, double min,
            double max) {
        return new OperationParameter(name, description, Kind.REAL, defaultValue, min, max, List.of(), null, null);
    }

    /**
     * Declares a parameter that takes one of a list of names.
     *
     * @param name the key in a search-space file
     * @param description what it controls
     * @param defaultValue the value when a space does not set it (one of {@code choices})
     * @param choices the valid names
     * @return the declaration
     */
    public static OperationParameter choice(String name, String description, String defaultValue,
            List<String> choices) {
        if (choices == null || choices.isEmpty()) {
            throw new IllegalArgumentException("parameter '" + name + "' needs at least one choice");
        }
        return new OperationParameter(name, description, Kind.CHOICE, defaultValue, 0, 0, List.copyOf(choices),
                null, null);
    }

    /**
     * Returns this numeric parameter with a further rule that every value must satisfy.
     *
     * @param test the rule, on the value as a double
     * @param text what the rule requires, completing "k must be ..." (for example {@code "odd"})
     * @return a new declaration
     * @throws IllegalArgumentException if the parameter is a choice or its default breaks the rule
     */
    public OperationParameter where(DoublePredicate test, String text) {
        if (kind == Kind.CHOICE) {
            throw new IllegalArgumentException("parameter '" + name + "': a choice takes no numeric rule");
        }
        return new OperationParameter(name, description, kind, defaultValue, min, max, choices,
                rule == null ? test : rule.and(test), rule == null ? text : ruleText + " and " + text);
    }

    /** Returns the key used in a search-space file. */
    public String name() {
        return name;
    }

    /** Returns what the parameter controls. */
    public String description() {
        return description;
    }

    /** Returns the kind of value it takes. */
    public Kind kind() {
        return kind;
    }

    /** Returns the default: a {@link Long}, a {@link Double} or a {@link String}, by kind. */
    public Object defaultValue() {
        return defaultValue;
    }

    /** Returns what is valid, for help texts (for example {@code "integer in [1, 15], odd"}). */
    public String validValues() {
        String base = switch (kind) {
            case INTEGER -> "integer in [" + format(min) + ", " + format(max) + "]";
            case REAL -> "number in [" + format(min) + ", " + format(max) + "]";
            case CHOICE -> "one of " + String.join(", ", choices);
        };
        return ruleText == null ? base : base + ", " + ruleText;
    }

    /**
     * Checks and converts a value given for this parameter.
     *
     * @param value a {@link Number} or a {@link String}, as read from JSON
     * @return the value as a {@link Long}, {@link Double} or {@link String}, by kind
     * @throws IllegalArgumentException saying what is valid
     */
    public Object parse(Object value) {
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return normalise(value);
    }

    private Object normalise(Object value) {
        return switch (kind) {
            case INTEGER -> ((Number) value).longValue();
            case REAL -> ((Number) value).doubleValue();
            case CHOICE -> value;
        };
    }

    /** Returns {@code null} when {@code value} is valid, otherwise a sentence saying what is valid. */
    private String problemWith(Object value) {
        if (kind == Kind.CHOICE) {
            if (!(value instanceof String s) || !choices.contains(s)) {
                return name + " must be one of " + String.join(", ", choices) + ", got " + show(value);
            }
            return null;
        }
        if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            return name + " must be " + (kind == Kind.INTEGER ? "an integer" : "a number") + ", got " + show(value);
        }
        double v = n.doubleValue();
        if (kind == Kind.INTEGER && v != Math.rint(v)) {
            return name + " must be an integer, got " + show(value);
        }
        if (v < min || v > max) {
            return String.format(Locale.ROOT, "%s must be %s in [%s, %s], got %s", name,
                    kind == Kind.INTEGER ? "an integer" : "a number", format(min), format(max), format(v));
        }
        if (rule != null && !rule.test(v)) {
            return name + " must be " + ruleText + ", got " + format(v);
        }
        return null;
    }

    private static String show(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }

    /** Formats a number without a needless fraction: 7 rather than 7.0, 0.5 as it is. */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return name + " (" + validValues() + ", default " + (defaultValue instanceof Number number
                ? format(number.doubleValue()) : defaultValue) + ")";
    }
}
