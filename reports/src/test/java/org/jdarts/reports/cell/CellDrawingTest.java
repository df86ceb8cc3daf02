package org.jdarts.reports.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jdarts.core.genotype.BuiltinGenotypes;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.GenotypeEdge;
import org.jdarts.reports.testing.SvgDocuments;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class CellDrawingTest {

    private static final Genotype V2 = BuiltinGenotypes.DARTS_V2;

    @Test
    void dartsV2NormalCellHasSevenBoxesAndEightLabelledOperationEdges() {
        double[] weights = {0.31, 0.22, 0.41, 0.18, 0.27, 0.55, 0.6, 0.12};
        Document svg = SvgDocuments.parse(CellSvg.svg(new CellLayout(CellGraph.normal(V2, "normal", weights))));

        List<Element> boxes = SvgDocuments.elements(svg, "g", "box");
        assertEquals(7, boxes.size());
        assertEquals(List.of("input", "input", "node", "node", "node", "node", "output"),
                boxes.stream().map(b -> b.getAttribute("data-kind")).sorted((a, b) -> order(a) - order(b)).toList());
        assertEquals(List.of("0", "1", "2", "3", "c_{k-1}", "c_{k-2}", "c_{k}"),
                boxes.stream().map(b -> b.getTextContent().trim()).sorted().toList());

        List<Element> edges = SvgDocuments.elements(svg, "g", "edge");
        assertEquals(8, edges.size());
        List<String> expected = V2.normal().stream().map(GenotypeEdge::op).toList();
        assertEquals(expected, edges.stream().map(e -> e.getAttribute("data-op")).toList());
        List<String> fromTo = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            fromTo.add(input(V2.normal().get(i).input()) + ">" + (i / 2));
        }
        assertEquals(fromTo, edges.stream().map(e -> e.getAttribute("data-from") + ">" + e.getAttribute("data-to")).toList());

        List<Element> labels = SvgDocuments.elements(svg, "g", "edge-label");
        assertEquals(8, labels.size());
        List<String> ops = new ArrayList<>();
        List<String> alphas = new ArrayList<>();
        for (Element label : labels) {
            var texts = label.getElementsByTagNameNS("*", "text");
            assertEquals(2, texts.getLength());
            ops.add(texts.item(0).getTextContent());
            alphas.add(texts.item(1).getTextContent());
        }
        assertEquals(expected, ops);
        assertEquals(List.of("α 0.310", "α 0.220", "α 0.410", "α 0.180", "α 0.270", "α 0.550", "α 0.600", "α 0.120"),
                alphas);
        assertEquals(4, SvgDocuments.elements(svg, "g", "concat").size());
    }

    @Test
    void withoutWeightsEdgesCarryOnlyTheirOperation() {
        Document svg = SvgDocuments.parse(CellSvg.svg(new CellLayout(CellGraph.reduce(V2, "reduce", null))));
        assertEquals(8, SvgDocuments.elements(svg, "text", "op").size());
        assertTrue(SvgDocuments.elements(svg, "text", "weight").isEmpty());
    }

    @Test
    void labelsNeverOverlapAndCurvesAvoidBoxesOnBuiltInAndRandomGenotypes() {
        List<CellGraph> cells = new ArrayList<>(List.of(CellGraph.normal(V2, "v2", null),
                CellGraph.reduce(V2, "v2", null), CellGraph.normal(BuiltinGenotypes.DARTS_V1, "v1", null),
                CellGraph.reduce(BuiltinGenotypes.DARTS_V1, "v1", null)));
        Random random = new Random(11);
        String[] ops = {"sep_conv_3x3", "inverted_residual_3x3", "skip_connect", "max_pool_3x3", "sandglass_3x3"};
        for (int g = 0; g < 200; g++) {
            List<GenotypeEdge> edges = new ArrayList<>();
            for (int node = 2; node < 6; node++) {
                int a = random.nextInt(node);
                int b = random.nextInt(node - 1);
                edges.add(new GenotypeEdge(ops[random.nextInt(ops.length)], a));
                edges.add(new GenotypeEdge(ops[random.nextInt(ops.length)], b >= a ? b + 1 : b));
            }
            cells.add(new CellGraph("random " + g, edges, List.of(2, 3, 4, 5), null));
        }
        for (CellGraph cell : cells) {
            CellLayout layout = new CellLayout(cell);
            List<Rectangle2D> labels = layout.edges().stream().map(CellLayout.Edge::label).filter(l -> l != null).toList();
            assertEquals(8, labels.size());
            for (int i = 0; i < labels.size(); i++) {
                for (int j = i + 1; j < labels.size(); j++) {
                    assertFalse(labels.get(i).intersects(labels.get(j)), cell.title() + ": labels " + i + " and " + j
                            + " overlap");
                }
                for (CellLayout.Box b : layout.boxes()) {
                    assertFalse(labels.get(i).intersects(b.bounds()), cell.title() + ": label " + i + " covers box "
                            + b.name());
                }
                assertTrue(labels.get(i).getMinY() >= 0 && labels.get(i).getMaxY() <= layout.height()
                        && labels.get(i).getMaxX() <= layout.width(), cell.title() + ": label " + i + " outside");
            }
        }
    }

    @Test
    void theDotFileNamesEveryBoxAndLabelsEveryOperationEdge() {
        String dot = CellDot.dot(CellGraph.normal(V2, "normal", null));
        assertTrue(dot.contains("rankdir=LR"));
        assertTrue(dot.contains("\"c_{k-2}\" [fillcolor=darkseagreen2]"));
        assertTrue(dot.contains("\"c_{k}\" [fillcolor=palegoldenrod]"));
        assertEquals(8, dot.lines().filter(l -> l.contains("->") && l.contains("label=")).count());
        assertEquals(4, dot.lines().filter(l -> l.contains("-> \"c_{k}\"")).count());
        assertTrue(dot.contains("\"0\" -> \"3\" [label=\"dil_conv_3x3\""), dot);
    }

    private static String input(int i) {
        return i == 0 ? "c_{k-2}" : i == 1 ? "c_{k-1}" : Integer.toString(i - 2);
    }

    private static int order(String kind) {
        return List.of("input", "node", "output").indexOf(kind);
    }
}
