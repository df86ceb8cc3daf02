package org.jdarts.core.cost;

import java.util.Locale;

/** What a cost counts. */
public enum CostKind {
    /** Trainable parameters (the auxiliary head excluded, as the reference counts). */
    PARAMS("params"),
    /** Multiply-adds of one image's forward pass (convolutions and linear layers). */
    MACS("macs");

    private final String cliName;

    CostKind(String cliName) {
        this.cliName = cliName;
    }

    /** Returns the name flags and files use ({@code params}, {@code macs}). */
    public String cliName() {
        return cliName;
    }

    /**
     * Parses a name.
     *
     * @param name {@code params} or {@code macs}
     * @return the kind
     * @throws IllegalArgumentException naming the valid names
     */
    public static CostKind parse(String name) {
        for (CostKind k : values()) {
            if (k.cliName.equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("cost '" + name + "': give params or macs");
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

    /** Returns an amount as this kind's reports show it: {@code 2.45M params}, {@code 312.4M macs}. */
    public String format(double value) {
        return String.format(Locale.ROOT, "%.2fM %s", value / 1e6, cliName);
    }
}
