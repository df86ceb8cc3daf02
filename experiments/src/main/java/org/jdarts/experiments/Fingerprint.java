package org.jdarts.experiments;

import org.jdarts.core.io.AtomicFiles;
import org.jdarts.data.Checksums;

/** The fingerprint of a configuration: the first 16 hex digits of the SHA-256 of its JSON form. */
final class Fingerprint {

    private Fingerprint() {}

    static String of(Object config) {
        return Checksums.sha256(AtomicFiles.toJson(config)).substring(0, 16);
    }
}
