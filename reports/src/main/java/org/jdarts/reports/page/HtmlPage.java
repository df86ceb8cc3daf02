package org.jdarts.reports.page;

import static org.jdarts.reports.figure.Markup.escape;

import java.util.List;
import java.util.function.Function;

/** Renders blocks as one self-contained HTML page: styles inline, figures as inline SVG, no external file. */
final class HtmlPage {

    private static final String STYLE = """
            body{font-family:-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Helvetica,Arial,sans-serif;color:#222;
            margin:0;background:#fafafa}
            main{max-width:1320px;margin:0 auto;padding:20px 32px 48px;background:#fff}
            h1{font-size:1.7em;margin:.4em 0 .2em}h2{font-size:1.3em;margin:1.6em 0 .5em;border-bottom:1px solid #ddd;
            padding-bottom:.2em}h3{font-size:1.08em;margin:1.2em 0 .4em}
            table{border-collapse:collapse;margin:.4em 0 1em;font-size:.92em}
            th,td{border:1px solid #ddd;padding:4px 10px;text-align:left;vertical-align:top}
            th{background:#f3f3f3}td.num{text-align:right;font-variant-numeric:tabular-nums}
            pre{background:#f6f8fa;border:1px solid #e3e3e3;padding:10px;white-space:pre-wrap;word-break:break-word;
            font-size:.88em}
            .figures{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}
            figure{margin:0 0 12px;max-width:100%}figure svg{max-width:100%;height:auto;display:block}
            figcaption{font-size:.85em;color:#555;margin-top:4px}
            figcaption a{color:#555}
            .note{font-size:.85em;color:#666}
            details{margin:.6em 0}summary{cursor:pointer;font-weight:600}
            """;

    private HtmlPage() {}

    /**
     * Renders a page.
     *
     * @param title the document title
     * @param blocks the content
     * @param svg returns a figure's SVG text
     * @param prefix prefixed to the figures' file links (the folder they are in, or empty)
     * @return the HTML document
     */
    static String render(String title, List<Block> blocks, Function<Block.Asset, String> svg, String prefix) {
        StringBuilder s = new StringBuilder();
        s.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n<main>\n");
        blocks.forEach(b -> block(s, b, svg, prefix));
        return s.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void block(StringBuilder s, Block block, Function<Block.Asset, String> svg, String prefix) {
        if (block instanceof Block.Heading h) {
            s.append("<h").append(h.level()).append(">").append(escape(h.text()))
                    .append("</h").append(h.level()).append(">\n");
        } else if (block instanceof Block.Text t) {
            s.append("<p>").append(escape(t.text())).append("</p>\n");
        } else if (block instanceof Block.Note n) {
            s.append("<p class=\"note\">").append(escape(n.text())).append("</p>\n");
        } else if (block instanceof Block.Code c) {
            s.append("<pre>").append(escape(c.text())).append("</pre>\n");
        } else if (block instanceof Block.Table t) {
            table(s, t);
        } else if (block instanceof Block.Figures f) {
            s.append("<div class=\"figures\">\n");
            for (Block.Asset a : f.figures()) {
                s.append("<figure>").append(svg.apply(a)).append("<figcaption>").append(escape(a.caption()));
                for (String file : a.files()) {
                    s.append(" · <a href=\"").append(escape(prefix + file)).append("\">")
                            .append(escape(file.substring(file.lastIndexOf('.') + 1))).append("</a>");
                }
                s.append("</figcaption></figure>\n");
            }
            s.append("</div>\n");
        } else if (block instanceof Block.Details d) {
            s.append("<details><summary>").append(escape(d.summary())).append("</summary>\n");
            d.blocks().forEach(b -> block(s, b, svg, prefix));
            s.append("</details>\n");
        }
    }

    private static void table(StringBuilder s, Block.Table t) {
        s.append("<table>\n");
        boolean headed = t.header().stream().anyMatch(h -> !h.isEmpty());
        if (headed) {
            s.append("<thead><tr>");
            t.header().forEach(h -> s.append("<th>").append(escape(h)).append("</th>"));
            s.append("</tr></thead>\n");
        }
        s.append("<tbody>\n");
        for (List<String> row : t.rows()) {
            s.append("<tr>");
            for (String cell : row) {
                s.append(headed && numeric(cell) ? "<td class=\"num\">" : "<td>").append(escape(cell)).append("</td>");
            }
            s.append("</tr>\n");
        }
        s.append("</tbody>\n</table>\n");
    }

    private static boolean numeric(String cell) {
        return cell.matches("[-+]?[0-9][0-9,.]*\\s*(%|M|s|h|min)?");
    }
}
