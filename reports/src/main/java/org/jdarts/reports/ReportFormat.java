package org.jdarts.reports;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The forms a report is written in. */
public enum ReportFormat {

    /** One self-contained HTML page ({@code report.html}): figures inline as SVG, nothing else to load. */
    HTML("html", "report.html"),

    /** Markdown ({@code report.md}) with its figures as PNG files beside it. */
    MARKDOWN("md", "report.md");

    private final String flag;
    private final String file;

    ReportFormat(String flag, String file) {
        this.flag = flag;
        this.file = file;
    }

    /** Returns the main file's name. */
    public String file() {
        return file;
    }

    /** Returns how the command line names the format. */
    public String flag() {
        return flag;
    }

    /**
     * Parses a comma-separated list such as {@code html,md}.
     *
     * @param text the list
     * @return the formats
     * @throws IllegalArgumentException naming the unknown value and the valid ones
     */
    public static Set<ReportFormat> parse(String text) {
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        for (String part : text.split(",")) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            if (name.equals("markdown")) {
                name = "md";
            }
            String wanted = name;
            formats.add(Arrays.stream(values()).filter(f -> f.flag.equals(wanted)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("format '" + part.trim() + "': valid are "
                            + Arrays.stream(values()).map(ReportFormat::flag).collect(Collectors.joining(", "))
                            + " (comma-separated)")));
        }
        return formats;
    }
}
