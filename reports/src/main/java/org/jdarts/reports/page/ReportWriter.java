package org.jdarts.reports.page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jdarts.reports.NetworkCosts;
import org.jdarts.reports.ReportFormat;
import org.jdarts.reports.run.RunSnapshot;

/** Writes a page of blocks in the formats asked for into a staging folder, then puts it in the report folder's place. */
public final class ReportWriter {

    private ReportWriter() {}

    /**
     * Writes the report of one run.
     *
     * @param run the run as read
     * @param out the report folder
     * @param formats the formats
     * @param costs counts the derived network's size
     * @throws IOException if a file cannot be written
     */
    public static void run(RunSnapshot run, Path out, Set<ReportFormat> formats, NetworkCosts costs) throws IOException {
        write(out, formats, "jdarts report: " + run.name(), assets -> new RunReport(run, assets, costs, "").blocks());
    }

    /**
     * Writes the comparison of several runs.
     *
     * @param runs the runs
     * @param out the report folder
     * @param formats the formats
     * @param costs counts the derived networks' sizes
     * @throws IOException if a file cannot be written
     */
    public static void comparison(List<RunSnapshot> runs, Path out, Set<ReportFormat> formats, NetworkCosts costs)
            throws IOException {
        write(out, formats, "jdarts comparison of " + runs.size() + " runs",
                assets -> new ComparisonReport(runs, assets, costs).blocks());
    }

    private interface Content {
        List<Block> blocks(ReportAssets assets) throws IOException;
    }

    private static void write(Path out, Set<ReportFormat> formats, String title, Content content) throws IOException {
        ReportDirectory.checkWritable(out);
        Path staging = ReportDirectory.stage(out);
        try (ReportAssets assets = new ReportAssets(staging)) {
            List<Block> blocks = content.blocks(assets);
            assets.await();
            if (formats.contains(ReportFormat.HTML)) {
                Files.writeString(staging.resolve(ReportFormat.HTML.file()), HtmlPage.render(title, blocks, assets::svg, ""));
            }
            if (formats.contains(ReportFormat.MARKDOWN)) {
                Files.writeString(staging.resolve(ReportFormat.MARKDOWN.file()), MarkdownPage.render(blocks, ""));
            }
            ReportDirectory.publish(staging, out);
        } catch (IOException | RuntimeException e) {
            ReportDirectory.discard(staging);
            throw e;
        }
    }
}
