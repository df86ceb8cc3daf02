package org.jdarts.experiments.table9;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jdarts.cli.testing.Cli;
import org.jdarts.core.io.Json;
import org.jdarts.core.run.Provenance;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.experiments.GenotypeSource;
import org.jdarts.experiments.NetworkSize;
import org.jdarts.mnist.testing.IdxSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The smoke grid on other data than the paper's, run by the built launcher in a child process (as the
 * other own-data tests: see OwnDataIT): every cell reads that data, and the table says that the
 * paper's columns are CIFAR-10's.
 */
class Table9OtherDataIT {

    @TempDir
    Path dir;

    @Test
    void aGridOnFashionMnistSaysThePapersColumnsAreCifar10s() throws Exception {
        Path fashion = IdxSample.write(dir.resolve("idx"), 60, 20, true);
        Path grid = dir.resolve("grid");
        Cli.Result r = Cli.launch("experiment", "table9", "--budget", "smoke", "--data", "fashion-mnist:" + fashion,
                "--allow-partial", "--out", grid.toString(), "--no-report");
        assertEquals(0, r.exit(), r.err());
        for (String space : new String[] {"darts", "darts-ir", "darts-sandglass"}) {
            for (String cell : new String[] {"search-1", "search-1-train-1"}) {
                Provenance p = new RunDirectory(grid.resolve(space).resolve(cell)).readProvenance();
                assertEquals("fashion-mnist", p.dataSourceName(), space + "/" + cell);
                assertEquals(1, p.dataShape().channels());
            }
        }
        JsonNode table = Json.MAPPER.readTree(grid.resolve("table9.json").toFile());
        assertEquals("fashion-mnist", table.path("dataSource").asText());
        assertEquals(28, table.path("data").path("height").asInt());
        var source = GenotypeSource.resolve(grid.resolve("darts").resolve("search-1").toString());
        assertEquals(NetworkSize.count(source, 36, 20, new RunDirectory(grid.resolve("darts").resolve("search-1"))
                .readProvenance().dataShape()).parameters(),
                table.path("rows").get(0).path("parametersPaper").asDouble(), 0, "counted for 1×28×28 and 10 classes");
        String md = Files.readString(grid.resolve("table9.md"));
        assertTrue(md.startsWith("# MobileNeXt Table 9 on fashion-mnist with DARTS"), md);
        assertTrue(md.contains("not on the paper's CIFAR-10: the paper's columns are its CIFAR-10 results"), md);
        assertTrue(md.contains("paper (CIFAR-10): test error (n = 1)"), md);
        assertTrue(md.contains("mult-adds per 1×28×28 image"), md);
    }
}
