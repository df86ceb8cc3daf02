package org.jdarts.reports.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer killed between the two renames of a report swap leaves the report back in place for the next one. */
class ReportDirectoryTest {

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    private static Path report(Path folder, String text) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(ReportDirectory.MARKER), "");
        Files.writeString(folder.resolve("report.md"), text);
        return folder;
    }

    private static long leftovers(Path parent) throws Exception {
        try (Stream<Path> s = Files.list(parent)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".report-")).count();
        }
    }

    @Test
    void theOldReportComesBackWhenTheNewOneWasNotComplete(@TempDir Path run) throws Exception {
        long dead = deadPid();
        Path out = run.resolve("report");
        report(run.resolve(".report-old-" + dead + "-1"), "previous");
        report(run.resolve(".report-staging-" + dead + "-2"), "half"); // never completed
        Path staging = ReportDirectory.stage(out);
        assertEquals("previous", Files.readString(out.resolve("report.md")), "put back before the new write");
        assertEquals(1, leftovers(run), "only the new staging folder is left");
        Files.writeString(staging.resolve("report.md"), "new");
        ReportDirectory.publish(staging, out);
        assertEquals("new", Files.readString(out.resolve("report.md")));
        assertEquals(0, leftovers(run));
    }

    @Test
    void aCompleteNewReportWinsOverTheOldOne(@TempDir Path run) throws Exception {
        long dead = deadPid();
        Path out = run.resolve("report");
        report(run.resolve(".report-old-" + dead + "-1"), "previous");
        Path complete = report(run.resolve(".report-staging-" + dead + "-2"), "finished");
        Files.writeString(complete.resolve(".complete"), "");
        ReportDirectory.discard(ReportDirectory.stage(out));
        assertEquals("finished", Files.readString(out.resolve("report.md")));
        assertFalse(Files.exists(out.resolve(".complete")));
        assertTrue(Files.exists(out.resolve(ReportDirectory.MARKER)));
        assertEquals(0, leftovers(run));
    }
}
