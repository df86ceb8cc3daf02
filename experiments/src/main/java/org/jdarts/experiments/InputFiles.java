package org.jdarts.experiments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jdarts.core.io.CorruptFileException;
import org.jdarts.core.run.Provenance;
import org.jdarts.core.run.RunDirectory;
import org.jdarts.data.Checksums;

/** The input files a run wrote at its start (a training run's genotype), checked against provenance. */
public final class InputFiles {

    private InputFiles() {}

    /**
     * Checks that the input files a run recorded at its start are unchanged.
     *
     * @param dir the run directory
     * @param recorded its provenance
     * @throws CorruptFileException naming the first file that is missing or changed
     * @throws IOException if a file cannot be read
     */
    public static void check(RunDirectory dir, Provenance recorded) throws IOException {
        if (recorded.inputChecksums() == null) {
            return;
        }
        for (Map.Entry<String, String> e : recorded.inputChecksums().entrySet()) {
            Path file = dir.file(e.getKey());
            String actual = Files.isRegularFile(file) ? Checksums.sha256(file) : "missing";
            if (!actual.equals(e.getValue())) {
                throw new CorruptFileException(file, "changed since the run started (SHA-256 " + actual + "; "
                        + RunDirectory.PROVENANCE + " records " + e.getValue() + "); restore it, or start a new run");
            }
        }
    }
}
