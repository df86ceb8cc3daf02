package org.jdarts.experiments;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.TreeMap;
import org.jdarts.core.method.ConfiguredMethod;
import org.jdarts.core.method.SearchMethodRegistry;

/**
 * A search method with every option's value, defaults filled in. DARTS without options is written
 * as no method at all, as configurations were before methods existed, so that their
 * fingerprints still hold. In {@code config.json}: {@code method}, {@code methodOptions}.
 *
 * @param name the method ({@code jdarts methods}); null for DARTS without options
 * @param options every option with its value; null when the method has none
 */
public record MethodChoice(@JsonProperty("method") @JsonInclude(JsonInclude.Include.NON_NULL) String name,
        @JsonProperty("methodOptions") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> options) {

    /** DARTS with no options. */
    public static final MethodChoice DARTS = new MethodChoice(null, null);

    /**
     * Checks the method and its options and fills in the options' defaults.
     *
     * @throws org.jdarts.space.ConfigException naming the option at fault
     * @throws IllegalArgumentException for an unknown method
     */
    public MethodChoice {
        String given = name == null ? SearchMethodRegistry.DEFAULT : name;
        ConfiguredMethod configured = SearchMethodRegistry.load().configure(given, options == null ? Map.of() : options);
        Map<String, Object> resolved = new TreeMap<>(configured.options().asMap());
        name = given.equals(SearchMethodRegistry.DEFAULT) && resolved.isEmpty() ? null : given;
        options = resolved.isEmpty() ? null : resolved;
    }

    /** Returns the method's name ({@code darts} when none is recorded). */
    @JsonIgnore
    public String resolvedName() {
        return name == null ? SearchMethodRegistry.DEFAULT : name;
    }

    /** Returns the method with its options. */
    @JsonIgnore
    public ConfiguredMethod configured() {
        return SearchMethodRegistry.load().configure(resolvedName(), options == null ? Map.of() : options);
    }
}
