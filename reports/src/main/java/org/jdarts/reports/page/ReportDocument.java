package org.jdarts.reports.page;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jdarts.core.io.AtomicFiles;
import org.jdarts.core.run.RunKind;
import org.jdarts.reports.NetworkCosts;
import org.jdarts.reports.run.RunSnapshot;
import org.jdarts.reports.run.RunSnapshots;

/**
 * A page others compose (an experiment's table, say) from text, tables and the figures of run
 * directories, written as {@code NAME.md} and {@code NAME.html} beside a {@code NAME-images/}
 * folder, which is replaced as a whole.
 */
public final class ReportDocument {

    private final List<Function<ReportAssets, List<Block>>> parts = new ArrayList<>();

    /** Adds a heading (level 1: the page's title). */
    public ReportDocument heading(int level, String text) {
        parts.add(a -> List.of(new Block.Heading(level, text)));
        return this;
    }

    /** Adds a paragraph. */
    public ReportDocument text(String text) {
        parts.add(a -> List.of(new Block.Text(text)));
        return this;
    }

    /** Adds a note in small print. */
    public ReportDocument note(String text) {
        parts.add(a -> List.of(new Block.Note(text)));
        return this;
    }

    /** Adds preformatted text. */
    public ReportDocument code(String text) {
        parts.add(a -> List.of(new Block.Code(text)));
        return this;
    }

    /** Adds a table. */
    public ReportDocument table(List<String> header, List<List<String>> rows) {
        List<List<String>> copy = rows.stream().map(List::copyOf).toList();
        parts.add(a -> List.of(new Block.Table(List.copyOf(header), copy)));
        return this;
    }

    /**
     * Adds a search's derived cells (after its last epoch, edges labelled with their α weight) and
     * its two α heatmaps.
     *
     * @param runDir the search run directory
     * @param label names the search in captions and file names
     * @return this document
     * @throws IOException if the run directory cannot be read
     */
    public ReportDocument search(Path runDir, String label) throws IOException {
        RunSnapshot run = RunSnapshots.read(runDir);
        if (run.kind() != RunKind.SEARCH) {
            throw new IllegalArgumentException(runDir + ": not a search run directory");
        }
        String folder = label.replaceAll("[^A-Za-z0-9._-]", "_") + "/";
        parts.add(assets -> {
            RunReport report = new RunReport(run, assets, NetworkCosts.NONE, folder);
            return List.of(new Block.Code(run.genotype().toString()),
                    new Block.Figures(report.cellsAfter(run.epochsDone() - 1, label)),
                    new Block.Figures(report.heatmaps(label + ": ")));
        });
        return this;
    }

    /**
     * Writes the page.
     *
     * @param folder where {@code NAME.md}, {@code NAME.html} and {@code NAME-images/} go
     * @param name the files' name
     * @param title the HTML title
     * @throws IOException if a file cannot be written
     */
    public void write(Path folder, String name, String title) throws IOException {
        Path images = folder.resolve(name + "-images");
        ReportDirectory.checkWritable(images);
        Path staging = ReportDirectory.stage(images);
        try (ReportAssets assets = new ReportAssets(staging)) {
            List<Block> blocks = new ArrayList<>();
            for (var part : parts) {
                blocks.addAll(part.apply(assets));
            }
            assets.await();
            String prefix = name + "-images/";
            String html = HtmlPage.render(title, blocks, assets::svg, prefix);
            String md = MarkdownPage.render(blocks, prefix);
            ReportDirectory.publish(staging, images);
            AtomicFiles.writeString(folder.resolve(name + ".html"), html);
            AtomicFiles.writeString(folder.resolve(name + ".md"), md);
        } catch (IOException | RuntimeException e) {
            ReportDirectory.discard(staging);
            throw e;
        }
    }
}
