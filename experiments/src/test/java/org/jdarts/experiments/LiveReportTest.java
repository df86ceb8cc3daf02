package org.jdarts.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.core.search.SearchEpoch;
import org.jdarts.experiments.testing.TinyRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library caller gets the command line's live report as a listener, next to its own. */
class LiveReportTest {

    @Test
    void aLibraryRunKeepsItsReportUpToDateAndEndsWithOne(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        List<String> events = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        RunListener<SearchEpoch> mine = new RunListener<>() {
            @Override
            public void onEpoch(SearchEpoch e) {
                events.add("epoch " + e.epoch());
            }

            @Override
            public void onEnd(RunStatus status) {
                events.add("end " + status);
            }
        };
        LiveReport<SearchEpoch> report = new LiveReport<>(run, warnings::add);
        RunResult stopped = Runs.SEARCH.start(TinyRuns.search(2), TinyRuns.at(run).stoppingAfter(1),
                RunListener.both(mine, report));
        assertEquals(RunStatus.STOPPED, stopped.status());
        assertEquals(List.of("epoch 0", "end STOPPED"), events);
        Path page = run.resolve("report").resolve("report.html");
        assertEquals(page, report.finalPage().orElseThrow());
        assertTrue(Files.readString(page).contains("1 of 2"), "the report of the stopped run");
        LiveReport<SearchEpoch> again = new LiveReport<>(run, warnings::add);
        RunResult finished = Runs.SEARCH.resume(TinyRuns.resume(run), RunListener.both(mine, again));
        assertEquals(RunStatus.FINISHED, finished.status());
        assertEquals(List.of("epoch 0", "end STOPPED", "epoch 1", "end FINISHED"), events);
        assertTrue(Files.readString(page).contains("2 of 2"), "rewritten at the end");
        LiveReport<SearchEpoch> none = new LiveReport<>(run, warnings::add);
        Runs.SEARCH.resume(TinyRuns.resume(run), none);
        assertFalse(none.finalPage().isPresent(), "a finished run is left as it is");
        assertEquals(List.of(), warnings);
    }
}
