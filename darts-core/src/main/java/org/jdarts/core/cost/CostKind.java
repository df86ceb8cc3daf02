package org.jdarts.core.cost;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a cost counts. */
public enum CostKind {
    /** Trainable parameters (the auxiliary head excluded, as the reference counts). */
    PARAMS("params"),
    /** Multiply-adds of one image's forward pass (convolutions and linear layers). */
    MACS("macs"),
    /**
     * Milliseconds of one image's forward pass on a device, estimated from measured per-operation
     * latencies ({@link LatencyTable}).
     */
    LATENCY("latency");

    private static final Pattern DURATION = Pattern.compile("([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(ms|us|µs|s)?");

    private final String cliName;

    CostKind(String cliName) {
        this.cliName = cliName;
    }

    /** Returns the name flags and files use ({@code params}, {@code macs}, {@code latency}). */
    public String cliName() {
        return cliName;
    }

    /**
     * Parses a name.
     *
     * @param name {@code params}, {@code macs} or {@code latency}
     * @return the kind
     * @throws IllegalArgumentException naming the valid names
     */
    public static CostKind parse(String name) {
        for (CostKind k : values()) {
            if (k.cliName.equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("cost '" + name + "': give params, macs or latency");
    }

    /**
     * Parses an amount with an optional suffix: {@code 2.5M}, {@code 300M}, {@code 800k},
     * {@code 1.2G} or a plain number.
     *
     * @param text the amount
     * @return its value
     * @throws IllegalArgumentException if it is not a positive amount
     */
    public static double parseAmount(String text) {
        String t = text.strip();
        double scale = 1;
        char last = t.isEmpty() ? ' ' : Character.toUpperCase(t.charAt(t.length() - 1));
        if (last == 'K' || last == 'M' || last == 'G') {
            scale = last == 'K' ? 1e3 : last == 'M' ? 1e6 : 1e9;
            t = t.substring(0, t.length() - 1);
        }
        double value;
        try {
            value = Double.parseDouble(t) * scale;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not an amount (e.g. 2.5M, 300M, 800k)");
        }
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("'" + text + "' must be positive");
        }
        return value;
    }

    /**
     * Parses a target of this kind: an amount ({@link #parseAmount}) of parameters or multiply-adds,
     * or a duration in milliseconds for latency ({@code 4ms}, {@code 4}, {@code 800us}, {@code 0.004s}).
     *
     * @param text the target
     * @return its value (milliseconds for latency)
     * @throws IllegalArgumentException if it is not a positive value of this kind
     */
    public double parseTarget(String text) {
        if (this != LATENCY) {
            if (text.strip().toLowerCase(Locale.ROOT).endsWith("s")) {
                throw new IllegalArgumentException("'" + text + "' is a duration; a " + cliName
                        + " target is an amount (e.g. 2.5M, 300M, 800k)");
            }
            return parseAmount(text);
        }
        Matcher m = DURATION.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration (e.g. 4ms, 800us, 0.004s)");
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "ms" : m.group(2);
        double ms = switch (unit) {
            case "s" -> value * 1e3;
            case "us", "µs" -> value / 1e3;
            default -> value;
        };
        if (!(ms > 0) || Double.isInfinite(ms)) {
            throw new IllegalArgumentException("'" + text + "' must be positive");
        }
        return ms;
    }

    /**
     * Returns an amount as this kind's reports show it: {@code 2.45M params}, {@code 312.4M macs},
     * {@code 4.21 ms}.
     */
    public String format(double value) {
        return this == LATENCY ? String.format(Locale.ROOT, "%.2f ms", value)
                : String.format(Locale.ROOT, "%.2fM %s", value / 1e6, cliName);
    }
}
