package org.jdarts.reports.page;

import java.util.List;

/** A part of a report page, rendered alike as HTML ({@link HtmlPage}) and as Markdown ({@link MarkdownPage}). */
sealed interface Block {

    /** A heading; level 1 is the page's title. */
    record Heading(int level, String text) implements Block {}

    /** A paragraph of plain text. */
    record Text(String text) implements Block {}

    /** A note in small print. */
    record Note(String text) implements Block {}

    /** Preformatted text, such as a genotype in Python notation. */
    record Code(String text) implements Block {}

    /** A table with a header row. */
    record Table(List<String> header, List<List<String>> rows) implements Block {}

    /** Figures side by side. */
    record Figures(List<Asset> figures) implements Block {}

    /** Blocks folded under a summary line. */
    record Details(String summary, List<Block> blocks) implements Block {}

    /**
     * A figure written into the report's {@code images/} folder.
     *
     * @param caption what it shows
     * @param png the PNG file's path relative to the report
     * @param files every file of the figure, relative to the report: SVG (first), PNG, dot
     */
    record Asset(String caption, String png, List<String> files) {}
}
