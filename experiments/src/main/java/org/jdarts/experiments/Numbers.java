package org.jdarts.experiments;

import java.math.BigDecimal;
import java.util.Locale;

/** Formats numbers for people: 0.0003 rather than 3.0E-4 or 0.000300000, durations as 1:02:03. */
public final class Numbers {

    private Numbers() {}

    /** Returns the shortest plain decimal form of {@code value}. */
    public static String plain(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /** Formats seconds as h:mm:ss or m:ss. */
    public static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
