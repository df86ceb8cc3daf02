package org.jdarts.space.op;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parameter values of one operation in a search space, already checked against the
 * operation's {@link OperationParameter declarations} and completed with their defaults. Values
 * are {@link Long} (integer parameters), {@link Double} (real) or {@link String} (choice).
 */
public final class OperationArgs {

    private static final OperationArgs EMPTY = new OperationArgs(Map.of());

    private final Map<String, Object> values;

    private OperationArgs(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** Returns the arguments of an operation that declares no parameters. */
    public static OperationArgs empty() {
        return EMPTY;
    }

    /** Returns the operation's defaults. */
    public static OperationArgs defaults(Operation operation) {
        return resolve(operation, Map.of());
    }

    /**
     * Checks {@code given} against the declarations of {@code operation} and fills in defaults.
     *
     * @param operation the operation the values are for
     * @param given the values set by a search space (numbers or strings, as read from JSON)
     * @return the complete arguments
     * @throws IllegalArgumentException naming the operation, the parameter and what is valid
     */
    public static OperationArgs resolve(Operation operation, Map<String, ?> given) {
        return resolve("operation '" + operation.name() + "'", operation.parameters(), given);
    }

    /**
     * Checks {@code given} against a list of declarations and fills in defaults: the same rules for
     * anything that takes {@link OperationParameter}s (operations, search methods).
     *
     * @param owner what the values are for, as errors name it (for example {@code "method 'pc-darts'"})
     * @param parameters the declarations
     * @param given the values set (numbers or strings)
     * @return the complete arguments
     * @throws IllegalArgumentException naming the owner, the parameter and what is valid
     */
    public static OperationArgs resolve(String owner, List<OperationParameter> parameters, Map<String, ?> given) {
        Map<String, OperationParameter> declared = new LinkedHashMap<>();
        for (OperationParameter p : parameters) {
            declared.put(p.name(), p);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : given.entrySet()) {
            OperationParameter p = declared.get(e.getKey());
            if (p == null) {
                throw new IllegalArgumentException(owner + " has no parameter '" + e.getKey() + "'; valid: "
                        + (declared.isEmpty() ? "none" : String.join(", ", declared.keySet())));
            }
            try {
                values.put(p.name(), p.parse(e.getValue()));
            } catch (IllegalArgumentException problem) {
                throw new IllegalArgumentException(owner + ": " + problem.getMessage(), problem);
            }
        }
        for (OperationParameter p : declared.values()) {
            values.putIfAbsent(p.name(), p.defaultValue());
        }
        return new OperationArgs(values);
    }

    /**
     * Returns the value of a numeric parameter.
     *
     * @param name the parameter name
     * @return its value
     * @throws IllegalArgumentException if there is no such numeric parameter
     */
    public double getDouble(String name) {
        if (value(name) instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("parameter '" + name + "' is not a number");
    }

    /**
     * Returns the value of an integer parameter.
     *
     * @param name the parameter name
     * @return its value
     * @throws IllegalArgumentException if there is no such integer parameter
     */
    public int getInt(String name) {
        if (value(name) instanceof Long n) {
            return Math.toIntExact(n);
        }
        throw new IllegalArgumentException("parameter '" + name + "' is not an integer");
    }

    /**
     * Returns the value of a choice parameter.
     *
     * @param name the parameter name
     * @return the chosen name
     * @throws IllegalArgumentException if there is no such choice parameter
     */
    public String getString(String name) {
        if (value(name) instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("parameter '" + name + "' is not a choice");
    }

    private Object value(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no parameter '" + name + "'; have " + values.keySet());
        }
        return v;
    }

    /** Returns every value, sorted by name. */
    public Map<String, Object> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OperationArgs other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append('=')
                .append(v instanceof Number n ? OperationParameter.format(n.doubleValue()) : v));
        return sb.toString();
    }
}
