package org.jdarts.core.genotype;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The genotypes published with DARTS, verbatim from quark0/darts {@code cnn/genotypes.py}. */
public final class BuiltinGenotypes {

    /** DARTS (first order), CIFAR-10. */
    public static final Genotype DARTS_V1 = PythonNotation.parse(
            "Genotype(normal=[('sep_conv_3x3', 1), ('sep_conv_3x3', 0), ('skip_connect', 0), ('sep_conv_3x3', 1), "
            + "('skip_connect', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0), ('skip_connect', 2)], "
            + "normal_concat=[2, 3, 4, 5], reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), "
            + "('max_pool_3x3', 0), ('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), "
            + "('avg_pool_3x3', 0)], reduce_concat=[2, 3, 4, 5])");

    /** DARTS (second order), CIFAR-10: the architecture of the paper's Table 1. */
    public static final Genotype DARTS_V2 = PythonNotation.parse(
            "Genotype(normal=[('sep_conv_3x3', 0), ('sep_conv_3x3', 1), ('sep_conv_3x3', 0), ('sep_conv_3x3', 1), "
            + "('sep_conv_3x3', 1), ('skip_connect', 0), ('skip_connect', 0), ('dil_conv_3x3', 2)], "
            + "normal_concat=[2, 3, 4, 5], reduce=[('max_pool_3x3', 0), ('max_pool_3x3', 1), ('skip_connect', 2), "
            + "('max_pool_3x3', 1), ('max_pool_3x3', 0), ('skip_connect', 2), ('skip_connect', 2), "
            + "('max_pool_3x3', 1)], reduce_concat=[2, 3, 4, 5])");

    private static final Map<String, Genotype> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("DARTS_V1", DARTS_V1);
        BY_NAME.put("DARTS_V2", DARTS_V2);
        BY_NAME.put("DARTS", DARTS_V2);
    }

    private BuiltinGenotypes() {}

    /** Returns the built-in genotype of that name ({@code DARTS_V1}, {@code DARTS_V2}, {@code DARTS}). */
    public static Optional<Genotype> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Returns the built-in names. */
    public static Set<String> names() {
        return BY_NAME.keySet();
    }
}
