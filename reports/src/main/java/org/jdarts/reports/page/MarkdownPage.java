package org.jdarts.reports.page;

import java.util.List;
import org.jdarts.reports.figure.Markup;

/** Renders blocks as Markdown (GitHub flavour), with the figures as the PNG files beside it. */
final class MarkdownPage {

    private MarkdownPage() {}

    /**
     * Renders a page.
     *
     * @param blocks the content
     * @param prefix prefixed to the figures' paths (the folder they are in, or empty)
     * @return the Markdown text
     */
    static String render(List<Block> blocks, String prefix) {
        StringBuilder s = new StringBuilder();
        blocks.forEach(b -> block(s, b, prefix));
        return s.toString().strip() + "\n";
    }

    private static void block(StringBuilder s, Block block, String prefix) {
        if (block instanceof Block.Heading h) {
            s.append("#".repeat(h.level())).append(' ').append(inline(h.text())).append("\n\n");
        } else if (block instanceof Block.Text t) {
            s.append(inline(t.text())).append("\n\n");
        } else if (block instanceof Block.Note n) {
            s.append('*').append(inline(n.text())).append("*\n\n");
        } else if (block instanceof Block.Code c) {
            s.append("```\n").append(c.text()).append("\n```\n\n");
        } else if (block instanceof Block.Table t) {
            s.append(row(t.header())).append("|").append("---|".repeat(t.header().size())).append('\n');
            t.rows().forEach(r -> s.append(row(r)));
            s.append('\n');
        } else if (block instanceof Block.Figures f) {
            for (Block.Asset a : f.figures()) {
                s.append("![").append(inline(a.caption())).append("](").append(prefix).append(a.png()).append(")\n");
            }
            s.append('\n');
        } else if (block instanceof Block.Details d) {
            s.append("<details><summary>").append(Markup.escape(d.summary())).append("</summary>\n\n");
            d.blocks().forEach(b -> block(s, b, prefix));
            s.append("</details>\n\n");
        }
    }

    private static String row(List<String> cells) {
        StringBuilder s = new StringBuilder("|");
        cells.forEach(c -> s.append(' ').append(inline(c).replace("|", "\\|")).append(" |"));
        return s.append('\n').toString();
    }

    /** Escapes what Markdown would read as emphasis or markup in plain text. */
    private static String inline(String text) {
        return text.replace("\\", "\\\\").replace("_", "\\_").replace("*", "\\*").replace("<", "&lt;");
    }
}
