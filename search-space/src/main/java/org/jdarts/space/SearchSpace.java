package org.jdarts.space;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdarts.space.op.OperationTrait;

/**
 * An ordered list of candidate operations: what every edge of a DARTS cell chooses from. The
 * order fixes the columns of the architecture parameters α.
 *
 * @param name the space's name (a built-in name or the file's)
 * @param operations the candidates, at least two, with unique names
 */
public record SearchSpace(String name, List<CandidateOperation> operations) {

    /** Validates the space. */
    public SearchSpace {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a search space needs a name");
        }
        operations = List.copyOf(operations);
        if (operations.size() < 2) {
            throw new IllegalArgumentException(
                    "search space '" + name + "' needs at least 2 operations, has " + operations.size());
        }
        Set<String> seen = new HashSet<>();
        for (CandidateOperation op : operations) {
            if (!seen.add(op.name())) {
                throw new IllegalArgumentException(
                        "search space '" + name + "' lists operation '" + op.name() + "' twice");
            }
        }
    }

    /** Returns the number of candidate operations (the columns of α). */
    public int size() {
        return operations.size();
    }

    /** Returns the operation names in order. */
    public List<String> names() {
        List<String> names = new ArrayList<>(operations.size());
        operations.forEach(op -> names.add(op.name()));
        return names;
    }

    /** Returns the position of {@code opName}, or -1. */
    public int indexOf(String opName) {
        for (int i = 0; i < operations.size(); i++) {
            if (operations.get(i).name().equals(opName)) {
                return i;
            }
        }
        return -1;
    }

    /** Returns the candidate of that name, if the space has it. */
    public Optional<CandidateOperation> find(String opName) {
        int i = indexOf(opName);
        return i < 0 ? Optional.empty() : Optional.of(operations.get(i));
    }

    /** Returns the names of the operations that are {@link OperationTrait#ZERO zero} at stride 1. */
    public Set<String> zeroOperations() {
        return operationsWith(OperationTrait.ZERO);
    }

    /**
     * Returns the names of the operations that have a trait at stride 1, in the space's order.
     *
     * @param trait the trait, e.g. {@link OperationTrait#PARAMETER_FREE}
     * @return their names
     */
    public Set<String> operationsWith(OperationTrait trait) {
        Set<String> names = new LinkedHashSet<>();
        operations.forEach(op -> {
            if (op.has(trait, 1)) {
                names.add(op.name());
            }
        });
        return names;
    }

    /** Returns the JSON form that {@link SearchSpaces#parse} reads back. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        List<Object> ops = new ArrayList<>();
        operations.forEach(op -> ops.add(op.toJson()));
        json.put("operations", ops);
        return json;
    }
}
