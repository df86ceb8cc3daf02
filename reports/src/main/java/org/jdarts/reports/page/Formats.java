package org.jdarts.reports.page;

import java.util.Locale;

/** How reports print numbers: percentages, counts in millions, durations. */
final class Formats {

    private Formats() {}

    /** Returns a fraction as a percentage with two decimals. */
    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * fraction);
    }

    /** Returns a count with thousands separators and in millions. */
    static String millions(long count) {
        return String.format(Locale.ROOT, "%,d (%.2fM)", count, count / 1e6);
    }

    /**
     * Returns a cost of a kind as a report shows it: a count with its millions, or milliseconds.
     *
     * @param kind {@code params}, {@code macs} or {@code latency}
     * @param value the cost
     * @return {@code 2,452,330 (2.45M)} or {@code 8.41 ms}
     */
    static String cost(String kind, double value) {
        return kind.equals("latency") ? String.format(Locale.ROOT, "%.2f ms", value) : millions(Math.round(value));
    }

    /** Returns seconds as {@code 12.3 s}, {@code 4 min 05 s} or {@code 2 h 03 min}. */
    static String duration(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long s = Math.round(seconds);
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }

    /** Returns a number as plain text without a trailing ".0" on whole values. */
    static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.6g", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
