package org.jdarts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jdarts.cifar10.testing.SampleData;
import org.jdarts.cli.testing.Cli;
import org.jdarts.core.run.RunDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    static Path runs;

    private static Cli.Result search(String name, String... extra) {
        String[] args = {"search", "--space", "darts-sandglass", "--channels", "2", "--layers", "3", "--epochs", "1",
            "--batch-size", "8", "--train-images", "16", "--val-images", "16", "--eval-images", "16", "--data",
            SampleData.sampleDir().toString(), "--allow-partial", "--out", runs.resolve(name).toString()};
        String[] all = java.util.Arrays.copyOf(args, args.length + extra.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return Cli.run(all);
    }

    @BeforeAll
    static void oneEpochSearches() {
        assertEquals(0, search("s").exit());
        assertEquals(0, search("quiet", "--no-report").exit());
    }

    @Test
    void aSearchWritesItsReportUnlessToldNot() throws Exception {
        Path report = runs.resolve("s").resolve(RunDirectory.REPORT);
        assertTrue(Files.isRegularFile(report.resolve("report.html")));
        assertTrue(Files.isRegularFile(report.resolve("report.md")));
        assertTrue(Files.isRegularFile(report.resolve("images/cell-normal.svg")));
        String html = Files.readString(report.resolve("report.html"));
        assertTrue(html.contains("darts-sandglass") && html.contains("paper&#39;s evaluation size")
                || html.contains("paper's evaluation size"), "the report names the space and counts the network");
        assertFalse(html.contains("not computed"), "the command line counts the network");
        assertFalse(Files.exists(runs.resolve("quiet").resolve(RunDirectory.REPORT)));
    }

    @Test
    void reportWritesOneRunOrComparesSeveral(@TempDir Path out) throws Exception {
        Cli.Result one = Cli.run("report", runs.resolve("quiet").toString(), "--out", out.resolve("one").toString());
        assertEquals(0, one.exit(), one.err());
        assertTrue(one.out().startsWith("report (search run, 1 of 1 epochs) in "), one.out());
        assertTrue(Files.isRegularFile(out.resolve("one/report.html")));

        Cli.Result both = Cli.run("report", runs.resolve("s").toString(), runs.resolve("quiet").toString(), "--out",
                out.resolve("cmp").toString(), "--format", "md");
        assertEquals(0, both.exit(), both.err());
        assertTrue(Files.isRegularFile(out.resolve("cmp/report.md")));
        assertFalse(Files.exists(out.resolve("cmp/report.html")));
    }

    @Test
    void aSearchWithoutAlphasAndBadRequestsAreOneLineWithExitTwo(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken");
        Files.createDirectories(broken);
        for (String f : new String[] {RunDirectory.CONFIG, RunDirectory.METRICS, RunDirectory.GENOTYPES}) {
            Files.copy(runs.resolve("quiet").resolve(f), broken.resolve(f));
        }
        Cli.Result r = Cli.run("report", broken.toString());
        assertEquals(2, r.exit());
        assertEquals("jdarts report: " + broken + ": no alphas.json (a search records softmax(α) there after every"
                + " epoch)", r.err().strip());
        assertFalse(Files.exists(broken.resolve(RunDirectory.REPORT)));

        Cli.Result several = Cli.run("report", runs.resolve("s").toString(), runs.resolve("quiet").toString());
        assertEquals(2, several.exit());
        assertEquals("jdarts report: --out DIR is required to compare several runs", several.err().strip());

        Cli.Result format = Cli.run("report", runs.resolve("s").toString(), "--format", "pdf");
        assertEquals(2, format.exit());
        assertEquals("jdarts report: --format: format 'pdf': valid are html, md (comma-separated)",
                format.err().strip());
        assertEquals(1, Cli.run("report", dir.resolve("none").toString()).err().strip().lines().count());
    }
}
