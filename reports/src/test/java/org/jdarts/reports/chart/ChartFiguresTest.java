package org.jdarts.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.core.run.RunKind;
import org.jdarts.core.search.ArchitectureWeights;
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
