package org.jdarts.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jdarts.core.genotype.BuiltinGenotypes;
import org.jdarts.core.genotype.Genotype;
import org.jdarts.core.genotype.GenotypeFiles;
import org.jdarts.core.io.Json;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.reports.run.RunSnapshot;
import org.jdarts.reports.run.RunSnapshots;
import org.jdarts.reports.testing.Pixels;
import org.jdarts.reports.testing.RunFixtures;
import org.jdarts.reports.testing.SvgDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

class ReportsTest {

    private static final EnumSet<ReportFormat> BOTH = EnumSet.allOf(ReportFormat.class);
    private static final NetworkCosts FAKE_COSTS = (g, space, c, l, data) -> Optional.of(new NetworkCost(c, l, 1000L * c * l,
            7L * c * l));

    @ParameterizedTest(name = "{0} epoch(s)")
    @ValueSource(ints = {1, 3})
    void aSearchReportHasEveryFigureAsValidSvgAndNonBlankPngOfTheSameSize(int epochs, @TempDir Path dir)
            throws IOException {
        Path run = RunFixtures.search(dir.resolve("run"), epochs, epochs);
        Path out = Reports.defaultFolder(run);
        RunSnapshot snapshot = Reports.writeRun(run, out, BOTH, FAKE_COSTS);
        assertEquals(epochs, snapshot.epochsDone());
        assertTrue(snapshot.finished());

        List<String> expected = new java.util.ArrayList<>(List.of("cell-normal", "cell-reduce", "alpha-heatmap-normal",
                "alpha-heatmap-reduce", "alpha-epochs-normal", "alpha-epochs-reduce", "curves"));
        for (int e = 1; e <= epochs; e++) {
            expected.add(String.format("cell-normal/epoch-%03d", e));
            expected.add(String.format("cell-reduce/epoch-%03d", e));
        }
        for (String name : expected) {
            Path svg = out.resolve("images/" + name + ".svg");
            Path png = out.resolve("images/" + name + ".png");
            assertTrue(Files.isRegularFile(svg) && Files.isRegularFile(png), name);
            Document doc = SvgDocuments.parse(svg);
            BufferedImage image = Pixels.image(png);
            assertEquals(doc.getDocumentElement().getAttribute("width"), Integer.toString(image.getWidth()), name);
            assertEquals(doc.getDocumentElement().getAttribute("height"), Integer.toString(image.getHeight()), name);
            assertTrue(Pixels.variance(image) > 50, name + " is blank");
        }
        try (Stream<Path> all = Files.walk(out)) {
            assertEquals(expected.size() * 2, all.filter(p -> p.toString().matches(".*\\.(svg|png)$")).count());
        }
        assertTrue(Files.isRegularFile(out.resolve("images/cell-normal.dot")));

        String html = Files.readString(out.resolve("report.html"));
        assertEquals(expected.size(), count(html, "<svg "), "one inline SVG per figure");
        assertFalse(html.contains(" src="), "the page loads nothing");
        assertFalse(html.contains("<link"), "the page loads nothing");
        assertTrue(html.contains(RunFixtures.genotype().toString().replace("'", "&#39;"))
                || html.contains(RunFixtures.genotype().toString()), "genotype in Python notation");
        assertTrue(html.contains("12,000 (0.01M)") && html.contains("720,000 (0.72M)"),
                "parameters at the run's size (C 4, L 3) and at C 36, L 20");
        String md = Files.readString(out.resolve("report.md"));
        Matcher images = Pattern.compile("!\\[[^]]*]\\(([^)]+)\\)").matcher(md);
        int shown = 0;
        while (images.find()) {
            assertTrue(Files.isRegularFile(out.resolve(images.group(1))), images.group(1));
            shown++;
        }
        assertEquals(expected.size(), shown);
    }

    @Test
    void aRunInProgressReportsTheEpochsAllItsFilesHave(@TempDir Path dir) throws IOException {
        Path run = RunFixtures.search(dir.resolve("run"), 3, 10);
        String metrics = Files.readString(run.resolve(RunDirectory.METRICS));
        Files.writeString(run.resolve(RunDirectory.METRICS), metrics + "4,0.01,1,0.5,1,0.5,12\n");
        RunSnapshot snapshot = Reports.writeRun(run, dir.resolve("out"), EnumSet.of(ReportFormat.HTML),
                NetworkCosts.NONE);
        assertEquals(3, snapshot.epochsDone());
        assertFalse(snapshot.finished());
        String html = Files.readString(dir.resolve("out/report.html"));
        assertTrue(html.contains("in progress or stopped: 3 of 10 epochs"));
        assertTrue(html.contains("not computed"));
        assertFalse(Files.exists(dir.resolve("out/report.md")));
    }

    @Test
    void aSearchWithoutAlphasIsRefusedNamingTheFile(@TempDir Path dir) throws IOException {
        Path run = RunFixtures.search(dir.resolve("run"), 2, 2);
        Files.delete(run.resolve(RunDirectory.ALPHAS));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Reports.writeRun(run, dir.resolve("out"), BOTH, NetworkCosts.NONE));
        assertTrue(e.getMessage().contains("no alphas.json"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
        assertThrows(IllegalArgumentException.class,
                () -> Reports.writeRun(dir.resolve("nothing"), dir.resolve("out"), BOTH, NetworkCosts.NONE));
    }

    @Test
    void aTrainingRunReportsItsGenotypeCurvesAndResults(@TempDir Path dir) throws IOException {
        Path run = RunFixtures.training(dir.resolve("t"), 2);
        Reports.writeRun(run, dir.resolve("out"), BOTH, FAKE_COSTS);
        String html = Files.readString(dir.resolve("out/report.html"));
        assertTrue(html.contains("Training t"));
        assertTrue(html.contains("test error") && html.contains("60.00% on 100 test images"));
        assertEquals(3, count(html, "<svg "), "two cells and the curves");
        assertFalse(html.contains("Architecture weights"));
    }

    @Test
    void aCostAwareSearchReportsItsBudgetCostsAndWeight(@TempDir Path dir) throws IOException {
        Path run = RunFixtures.search(dir.resolve("s"), 2, 2);
        ObjectNode config = (ObjectNode) Json.MAPPER.readTree(run.resolve(RunDirectory.CONFIG).toFile());
        config.put("cost", "params").put("costTarget", 2.5e6).put("costChannels", 36).put("costLayers", 20);
        Json.MAPPER.writeValue(run.resolve(RunDirectory.CONFIG).toFile(), config);
        Files.writeString(run.resolve(RunDirectory.MONITORS), "epoch,skip_normal,skip_reduce,param_free_normal,"
                + "param_free_reduce,entropy_normal,entropy_reduce,hessian_eigenvalue,cost_expected,cost_derived,"
                + "cost_weight\n1,1,1,2,2,2.19,2.19,,2945456,1843174,1.00000\n2,1,1,2,2,2.19,2.19,,2941000,2400000,"
                + "0.453\n");
        Reports.writeRun(run, dir.resolve("out"), BOTH, FAKE_COSTS);
        String md = Files.readString(dir.resolve("out/report.md"));
        assertTrue(md.contains("## Cost"), md);
        assertTrue(md.contains("Cost term: params, target 2,500,000 (2.50M), counted at C 36, L 20. After epoch 2:"
                + " expected 2,941,000 (2.94M), derived genotype 2,400,000 (2.40M) (96.0% of the target); weight λ"
                + " 0.4530."), md);
    }

    @Test
    void aComparisonTabulatesEveryRunAndDrawsTheirCells(@TempDir Path dir) throws IOException {
        Path a = RunFixtures.search(dir.resolve("a"), 2, 2);
        Path b = RunFixtures.search(dir.resolve("b"), 1, 3);
        ObjectNode withMethod = (ObjectNode) Json.MAPPER.readTree(b.resolve(RunDirectory.CONFIG).toFile());
        withMethod.put("method", "pc-darts").putObject("methodOptions").put("k", 4).put("warmup", 0.3);
        Json.MAPPER.writeValue(b.resolve(RunDirectory.CONFIG).toFile(), withMethod);
        Path t = RunFixtures.training(dir.resolve("t"), 1);
        Reports.writeComparison(List.of(a, b, t), dir.resolve("cmp"), BOTH, FAKE_COSTS);
        String md = Files.readString(dir.resolve("cmp/report.md"));
        assertTrue(md.contains("| 1. a | search | darts | darts | 2/2 | 18.00% (val) |"), md);
        assertTrue(md.contains("| 2. b | search | darts | pc-darts (k 4, warmup 0.3) | 1/3 | 14.00% (val) |"), md);
        assertTrue(md.contains("| 3. t | training | DARTS\\_V2 |  | 1/1 | 30.00% (test) |"), md);
        String html = Files.readString(dir.resolve("cmp/report.html"));
        assertEquals(3 * 2 + 2 * 2 + 2, count(html, "<svg "), "two cells per run, two heatmaps per search, two"
                + " Pareto plots");
        assertTrue(md.contains("## Accuracy against cost"), md);
        assertTrue(md.contains("On the Pareto front: 3 (by parameters)."), md);
    }

    @Test
    void aFinishedSearchIsReportedWithItsFinalGenotypeAnUnfinishedOneWithItsLatest(@TempDir Path dir)
            throws IOException {
        // an early stop seals the genotype of the epoch before the last in genotype.json
        Genotype kept = BuiltinGenotypes.DARTS_V1; // every epoch of the fixture derives DARTS_V2
        Path finished = RunFixtures.search(dir.resolve("finished"), 2, 2);
        new RunDirectory(finished).writeJson(RunDirectory.GENOTYPE, GenotypeFiles.toJson(kept));
        assertEquals(kept, RunSnapshots.read(finished).genotype());
        Path unfinished = RunFixtures.search(dir.resolve("unfinished"), 1, 2);
        assertEquals(RunFixtures.genotype(), RunSnapshots.read(unfinished).genotype());
    }

    @Test
    void aReportFolderIsReplacedWholeAndAForeignFolderIsNever(@TempDir Path dir) throws IOException {
        Path run = RunFixtures.search(dir.resolve("run"), 1, 1);
        Path out = dir.resolve("out");
        Reports.writeRun(run, out, BOTH, NetworkCosts.NONE);
        Files.writeString(out.resolve("images/stale.png"), "old");
        Reports.writeRun(run, out, EnumSet.of(ReportFormat.MARKDOWN), NetworkCosts.NONE);
        assertFalse(Files.exists(out.resolve("images/stale.png")));
        assertFalse(Files.exists(out.resolve("report.html")));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(List.of("out", "run"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging or old folder left");
        }
        Path foreign = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(foreign.resolve("thesis.tex"), "keep me");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Reports.writeRun(run, foreign, BOTH, NetworkCosts.NONE));
        assertTrue(e.getMessage().contains("not a jdarts report folder"), e.getMessage());
        assertEquals("keep me", Files.readString(foreign.resolve("thesis.tex")));
    }

    @Test
    void formatsParseAndAnUnknownOneNamesTheValidOnes() {
        assertEquals(BOTH, ReportFormat.parse("html,md"));
        assertEquals(EnumSet.of(ReportFormat.MARKDOWN), ReportFormat.parse("markdown"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportFormat.parse("html,pdf"));
        assertEquals("format 'pdf': valid are html, md (comma-separated)", e.getMessage());
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
