package org.jdarts.space.op;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parameter values of one operation in a search space, already validated against the
 * operation's {@link OperationParameter declarations} and completed with their defaults.
 */
public final class OperationArgs {

    private static final OperationArgs EMPTY = new OperationArgs(Map.of());

    private final Map<String, Double> values;

    private OperationArgs(Map<String, Double> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** Returns the arguments of an operation that declares no parameters. */
    public static OperationArgs empty() {
        return EMPTY;
    }

    /**
     * Validates {@code given} against the declarations of {@code operation} and fills in defaults.
     *
     * @param operation the operation the values are for
     * @param given the values set by a search space (may be empty)
     * @return the complete arguments
     * @throws IllegalArgumentException naming the operation, the parameter and what is valid
     */
    public static OperationArgs resolve(Operation operation, Map<String, ? extends Number> given) {
        Map<String, OperationParameter> declared = new LinkedHashMap<>();
        for (OperationParameter p : operation.parameters()) {
            declared.put(p.name(), p);
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (Map.Entry<String, ? extends Number> e : given.entrySet()) {
            OperationParameter p = declared.get(e.getKey());
            if (p == null) {
                throw new IllegalArgumentException("operation '" + operation.name()
                        + "' has no parameter '" + e.getKey() + "'; valid: "
                        + (declared.isEmpty() ? "none" : String.join(", ", declared.keySet())));
            }
            if (e.getValue() == null) {
                throw new IllegalArgumentException("operation '" + operation.name() + "': "
                        + p.name() + " must be a number, got null");
            }
            double v = e.getValue().doubleValue();
            String problem = p.problemWith(v);
            if (problem != null) {
                throw new IllegalArgumentException("operation '" + operation.name() + "': " + problem);
            }
            values.put(p.name(), v);
        }
        for (OperationParameter p : declared.values()) {
            values.putIfAbsent(p.name(), p.defaultValue());
        }
        return new OperationArgs(values);
    }

    /**
     * Returns the value of a declared parameter.
     *
     * @param name the parameter name
     * @return its value
     * @throws IllegalArgumentException if the operation declared no such parameter
     */
    public double get(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no parameter '" + name + "'; have " + values.keySet());
        }
        return v;
    }

    /** Returns every value, sorted by name. */
    public Map<String, Double> asMap() {
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
                .append(OperationParameter.format(v)));
        return sb.toString();
    }
}
