package org.jdarts.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdarts.core.run.MetricsCsv;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.run.RunKind;
import org.jdarts.core.run.SearchMonitors;
import org.jdarts.core.genotype.ArchitectureWeights;
import org.jdarts.reports.figure.Figure;
import org.jdarts.reports.figure.FigureFiles;
import org.jdarts.reports.testing.Pixels;
import org.jdarts.reports.testing.RunFixtures;
import org.jdarts.reports.testing.SvgDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

class ChartFiguresTest {

    @ParameterizedTest(name = "{0} epoch(s)")
    @ValueSource(ints = {1, 4})
    void alphaOverTheEpochsHasAPanelPerEdgeAndALegendEntryPerOperation(int epochs, @TempDir Path dir) throws Exception {
        RunDirectory run = new RunDirectory(RunFixtures.search(dir, epochs, epochs));
        AlphaTrajectories figure = new AlphaTrajectories("normal", run.readAlphas(), ArchitectureWeights::normal,
                RunFixtures.genotype().normal());
        assertEquals(20 + 250 * 5, figure.width());
        assertEquals(40 + 170 * 4 + 70, figure.height());
        checkPngAndSvg(figure);
        List<String> texts = SvgDocuments.texts(SvgDocuments.parse(FigureFiles.svg(figure, "a")));
        assertEquals(14, texts.stream().filter(t -> t.contains("→")).count(), texts.toString());
        assertTrue(texts.contains("c_{k-2}→0  (kept: sep_conv_3x3)"), texts.toString());
        assertTrue(texts.containsAll(RunFixtures.DARTS_OPS));
    }

    @Test
    void searchCurvesHaveThreePanelsAndTrainingCurvesFour(@TempDir Path dir) throws Exception {
        MetricCurves search = new MetricCurves(RunKind.SEARCH,
                new RunDirectory(RunFixtures.search(dir.resolve("s"), 3, 3)).readMetrics());
        MetricCurves training = new MetricCurves(RunKind.TRAINING,
                new RunDirectory(RunFixtures.training(dir.resolve("t"), 1)).readMetrics());
        assertEquals(3 * 380, search.width());
        assertEquals(4 * 380, training.width());
        checkPngAndSvg(search);
        checkPngAndSvg(training);
        List<String> texts = SvgDocuments.texts(SvgDocuments.parse(FigureFiles.svg(training, "c")));
        assertTrue(texts.containsAll(List.of("loss", "accuracy", "learning rate", "drop-path probability", "test")),
                texts.toString());
    }

    @Test
    void monitorCurvesAddTheEigenvaluePanelOnlyWhenAnEpochHasAnEstimate() {
        MonitorCurves without = new MonitorCurves(monitors(Double.NaN), 0);
        MonitorCurves with = new MonitorCurves(monitors(0.25), 9);
        assertEquals(2 * 380, without.width());
        assertEquals(3 * 380, with.width());
        checkPngAndSvg(without);
        checkPngAndSvg(with);
        List<String> texts = SvgDocuments.texts(SvgDocuments.parse(FigureFiles.svg(with, "m")));
        assertTrue(texts.containsAll(List.of("derived cells: skips and parameter-free ops",
                "mean entropy of softmax(α) per edge", "dominant Hessian eigenvalue (val loss, α)", "skip, normal",
                "uniform: ln 9")), texts.toString());
        assertTrue(!SvgDocuments.texts(SvgDocuments.parse(FigureFiles.svg(without, "w"))).contains("uniform: ln 9"));
    }

    @Test
    void theParetoFrontKeepsTheRunsNoOtherBeatsAndThePlotDraws() {
        List<ParetoPlot.Point> points = List.of(new ParetoPlot.Point("1", 2.0, 90), new ParetoPlot.Point("2", 3.0, 95),
                new ParetoPlot.Point("3", 2.5, 85), new ParetoPlot.Point("4", 1.0, 80), new ParetoPlot.Point("5", 3.0, 92));
        assertEquals(List.of("4", "1", "2"), ParetoPlot.front(points).stream().map(ParetoPlot.Point::label).toList());
        ParetoPlot plot = new ParetoPlot("accuracy against parameters", "parameters (millions)", "accuracy (%)", points);
        checkPngAndSvg(plot);
        List<String> texts = SvgDocuments.texts(SvgDocuments.parse(FigureFiles.svg(plot, "p")));
        assertTrue(texts.containsAll(List.of("accuracy against parameters", "Pareto front", "3",
                "parameters (millions)")), texts.toString());
    }

    @Test
    void costCurvesShowTheCostsAndTheWeight() {
        List<Map<String, Double>> rows = new ArrayList<>();
        for (int e = 1; e <= 3; e++) {
            rows.add(Map.of("epoch", (double) e, "cost_expected", 2.9e6, "cost_derived", 2.0e6 + 2e5 * e,
                    "cost_weight", 1.0 / e));
        }
        CostCurves curves = new CostCurves(new MetricsCsv.Table(List.of("epoch", "cost_expected", "cost_derived",
                "cost_weight"), rows), "params", 2.5e6);
        assertEquals(2 * 380, curves.width());
        checkPngAndSvg(curves);
        List<String> texts = SvgDocuments.texts(SvgDocuments.parse(FigureFiles.svg(curves, "c")));
        assertTrue(texts.containsAll(List.of("cost of the derived network (params)", "weight of the cost term",
                "derived genotype", "target")), texts.toString());
    }

    /** Three epochs of monitors whose last epoch has the eigenvalue {@code lastEstimate} (NaN: none). */
    private static MetricsCsv.Table monitors(double lastEstimate) {
        List<Map<String, Double>> rows = new ArrayList<>();
        for (int e = 1; e <= 3; e++) {
            Map<String, Double> row = new LinkedHashMap<>();
            row.put("epoch", (double) e);
            row.put("skip_normal", (double) (e - 1));
            row.put("skip_reduce", 1.0);
            row.put("param_free_normal", (double) e);
            row.put("param_free_reduce", 3.0);
            row.put("entropy_normal", 2.2 - 0.1 * e);
            row.put("entropy_reduce", 2.1 - 0.2 * e);
            row.put(SearchMonitors.HESSIAN, e == 3 ? lastEstimate : Double.NaN);
            rows.add(row);
        }
        return new MetricsCsv.Table(SearchMonitors.COLUMNS.stream().map(MetricsCsv.Column::name).toList(), rows);
    }

    private static void checkPngAndSvg(Figure figure) {
        BufferedImage png = Pixels.image(FigureFiles.png(figure));
        assertEquals(figure.width(), png.getWidth());
        assertEquals(figure.height(), png.getHeight());
        assertTrue(Pixels.variance(png) > 50, "blank: variance " + Pixels.variance(png));
        Document svg = SvgDocuments.parse(FigureFiles.svg(figure, "x"));
        assertEquals(Integer.toString(figure.width()), svg.getDocumentElement().getAttribute("width"));
        assertEquals(Integer.toString(figure.height()), svg.getDocumentElement().getAttribute("height"));
    }
}
