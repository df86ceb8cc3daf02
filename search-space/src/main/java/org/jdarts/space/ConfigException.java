package org.jdarts.space;

/**
 * A configuration value that is refused, naming the field it was given for, so that a caller can
 * say it in its own words: the command line names the flag that sets the field, a library caller
 * the builder method. The message is the field and the reason ({@code batchSize must be at least
 * 1, got 0}).
 */
public class ConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param field the configuration field at fault, as its record component or builder names it
     *     ({@code batchSize})
     * @param reason why its value is refused, without the field ({@code must be at least 1, got 0})
     */
    public ConfigException(String field, String reason) {
        super(field + " " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** Returns the configuration field at fault. */
    public String field() {
        return field;
    }

    /** Returns why its value is refused, without the field's name. */
    public String reason() {
        return reason;
    }

    /**
     * Throws a {@code ConfigException} unless {@code ok}.
     *
     * @param ok whether the value is valid
     * @param field the field
     * @param reason why it is not (used only when it is not)
     * @throws ConfigException if not {@code ok}
     */
    public static void require(boolean ok, String field, String reason) {
        if (!ok) {
            throw new ConfigException(field, reason);
        }
    }
}
