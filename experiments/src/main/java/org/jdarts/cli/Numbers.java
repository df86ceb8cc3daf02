package org.jdarts.cli;

import java.math.BigDecimal;

/** Formats numbers for people: 0.0003 rather than 3.0E-4 or 0.000300000. */
public final class Numbers {

    private Numbers() {}

    /** Returns the shortest plain decimal form of {@code value}. */
    public static String plain(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
