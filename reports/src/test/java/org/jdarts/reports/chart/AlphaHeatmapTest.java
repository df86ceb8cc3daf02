package org.jdarts.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdarts.core.genotype.BuiltinGenotypes;
import org.jdarts.reports.figure.FigureFiles;
import org.jdarts.reports.testing.Pixels;
import org.jdarts.reports.testing.RunFixtures;
import org.jdarts.reports.testing.SvgDocuments;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class AlphaHeatmapTest {

    private static CellWeights table() {
        double[][] w = new double[14][8];
        for (int r = 0; r < 14; r++) {
            for (int c = 0; c < 8; c++) {
                w[r][c] = RunFixtures.alpha(1, false, r, c);
            }
        }
        return new CellWeights("normal", 1, RunFixtures.DARTS_OPS, RunFixtures.EDGES, w,
                BuiltinGenotypes.DARTS_V2.normal());
    }

    @Test
    void everySquareIsAnnotatedWithItsWeight() {
        CellWeights table = table();
        AlphaHeatmap heatmap = new AlphaHeatmap(table);
        Map<String, String> annotations = new HashMap<>();
        for (Object a : heatmap.chart().getXYPlot().getAnnotations()) {
            if (a instanceof XYTextAnnotation t) {
                annotations.put((int) t.getY() + "," + (int) t.getX(), t.getText());
            }
        }
        assertEquals(14 * 8, annotations.size());
        Document svg = SvgDocuments.parse(FigureFiles.svg(heatmap, "t"));
        Map<String, Integer> seen = new HashMap<>();
        SvgDocuments.texts(svg).forEach(t -> seen.merge(t, 1, Integer::sum));
        for (int r = 0; r < 14; r++) {
            for (int c = 0; c < 8; c++) {
                String label = AlphaHeatmap.label(table.weights()[r][c]);
                assertEquals(label, annotations.get(r + "," + c), "annotation of edge " + r + ", op " + c);
                assertTrue(seen.getOrDefault(label, 0) >= 1, "annotation " + label + " missing from the SVG");
            }
        }
        assertEquals("0.100", AlphaHeatmap.label(table.weights()[0][0]));
        assertEquals("0.211", AlphaHeatmap.label(table.weights()[13][7]));
        for (String axisLabel : List.of("c_{k-2}→0", "2→3", "sep_conv_3x3", "dil_conv_5x5")) {
            assertTrue(seen.containsKey(axisLabel), axisLabel + " missing from " + seen.keySet());
        }
    }

    @Test
    void theKeptOperationsAreTheGenotypesEdges() {
        List<int[]> kept = table().keptCells();
        // DARTS_V2 normal: sep_conv_3x3 on 2<-0, 2<-1, 3<-0, 3<-1, 4<-1; skip_connect on 4<-0, 5<-0; dil_conv_3x3 on 5<-2
        assertEquals(List.of("0:4", "1:4", "2:4", "3:4", "6:4", "5:3", "9:3", "11:6"),
                kept.stream().map(k -> k[0] + ":" + k[1]).toList());
        assertEquals(RunFixtures.alpha(1, false, 11, 6), table().keptWeight(7), 0);
    }

    @Test
    void thePngHasTheFiguresSizeAndIsNotBlank() {
        AlphaHeatmap heatmap = new AlphaHeatmap(table());
        BufferedImage png = Pixels.image(FigureFiles.png(heatmap));
        assertEquals(190 + 96 * 8 + 110, png.getWidth());
        assertEquals(130 + 30 * 14, png.getHeight());
        assertEquals(heatmap.width(), png.getWidth());
        assertTrue(Pixels.variance(png) > 100, "variance " + Pixels.variance(png));
    }
}
