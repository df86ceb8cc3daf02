package org.jdarts.reports.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.jdarts.reports.cell.CellDot;
import org.jdarts.reports.cell.CellFigure;
import org.jdarts.reports.cell.CellGraph;
import org.jdarts.reports.cell.CellLayout;
import org.jdarts.reports.cell.CellSvg;
import org.jdarts.reports.figure.Figure;
import org.jdarts.reports.figure.FigureFiles;

/**
 * Writes a report's figures into its {@code images/} folder, each as SVG and PNG (cells also as
 * graphviz {@code .dot}), on as many threads as there are cores; a page names them at once and
 * reads their SVG once {@link #await()} has returned.
 */
final class ReportAssets implements AutoCloseable {

    /** The folder the figures go in, relative to the report. */
    static final String IMAGES = "images";

    private final Path root;
    private final ExecutorService pool;
    private final List<CompletableFuture<?>> pending = new ArrayList<>();
    private int ids;

    /**
     * Creates the writer.
     *
     * @param root the report's (staging) folder
     */
    ReportAssets(Path root) {
        this.root = root;
        this.pool = Executors.newFixedThreadPool(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())),
                task -> {
                    Thread t = new Thread(task, "jdarts-report");
                    t.setDaemon(true);
                    return t;
                });
    }

    /**
     * Writes a chart.
     *
     * @param name the file name without extension, may contain a sub-folder ({@code run01/x})
     * @param caption what it shows
     * @param figure the chart
     * @return the asset
     */
    Block.Asset figure(String name, String caption, Figure figure) {
        String prefix = "f" + ++ids;
        return write(name, caption, () -> FigureFiles.svg(figure, prefix), () -> FigureFiles.png(figure), null);
    }

    /**
     * Writes a cell drawing.
     *
     * @param name the file name without extension
     * @param cell the cell
     * @return the asset
     */
    Block.Asset cell(String name, CellGraph cell) {
        CellLayout layout = new CellLayout(cell);
        return write(name, cell.title(), () -> CellSvg.svg(layout), () -> FigureFiles.png(new CellFigure(layout)),
                CellDot.dot(cell));
    }

    /** Runs a task on the report's threads. */
    <T> CompletableFuture<T> async(Supplier<T> task) {
        CompletableFuture<T> future = CompletableFuture.supplyAsync(task, pool);
        pending.add(future);
        return future;
    }

    /**
     * Waits for every figure.
     *
     * @throws IOException if one could not be written
     */
    void await() throws IOException {
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Returns a written figure's SVG text (after {@link #await()}). */
    String svg(Block.Asset asset) {
        try {
            String text = Files.readString(root.resolve(asset.files().get(0)));
            return text.substring(text.indexOf("<svg"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Block.Asset write(String name, String caption, Supplier<String> svg, Supplier<byte[]> png, String dot) {
        String base = IMAGES + "/" + name;
        List<String> files = new ArrayList<>(List.of(base + ".svg", base + ".png"));
        if (dot != null) {
            files.add(base + ".dot");
        }
        async(() -> {
            try {
                Files.createDirectories(root.resolve(base).getParent());
                Files.writeString(root.resolve(base + ".svg"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + svg.get() + "\n");
                Files.write(root.resolve(base + ".png"), png.get());
                if (dot != null) {
                    Files.writeString(root.resolve(base + ".dot"), dot);
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new Block.Asset(caption, base + ".png", files);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
