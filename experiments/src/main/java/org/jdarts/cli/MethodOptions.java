package org.jdarts.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jdarts.experiments.SearchConfig;
import picocli.CommandLine.Option;

/** The search-method and monitor flags shared by {@code jdarts search} and {@code jdarts experiment table9}. */
final class MethodOptions {

    @Option(names = "--method", paramLabel = "NAME", defaultValue = "darts",
            description = {"Search method (default: ${DEFAULT-VALUE}): darts, darts-minus, sdarts-rs,",
                "beta-darts, pc-darts or a plugin's; `jdarts methods` lists them with their options."})
    String method;

    @Option(names = "--method-option", paramLabel = "NAME=VALUE",
            description = "Set an option of the method, e.g. k=2 for pc-darts (repeatable).")
    Map<String, String> options = new LinkedHashMap<>();

    @Option(names = "--hessian-every", paramLabel = "K", defaultValue = "0",
            description = {"Estimate the dominant eigenvalue of the Hessian of the validation loss",
                "w.r.t. alpha after every K-th epoch and the last (monitors.csv); 0: never",
                "(default: ${DEFAULT-VALUE}). Costs about 40 architecture passes per estimate."})
    int hessianEvery;

    @Option(names = "--early-stop-skips", paramLabel = "N", defaultValue = "0",
            description = {"End the search once the derived normal cell holds N skip connections,",
                "keeping the genotype of the epoch before (DARTS+ uses 2); 0: never (default)."})
    int earlyStopSkips;

    /**
     * Sets the method, its options and the monitors.
     *
     * @param config a builder
     * @return the builder
     */
    SearchConfig.Builder apply(SearchConfig.Builder config) {
        Map<String, Object> values = new LinkedHashMap<>();
        options.forEach((k, v) -> values.put(k, value(v)));
        return config.optMethod(method, values).optHessianEvery(hessianEvery).optEarlyStopSkips(earlyStopSkips);
    }

    /** Reads a value as a whole number, a number or a name, as a search-space file would give it. */
    static Object value(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notLong) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException notNumber) {
                return text;
            }
        }
    }
}
