package org.jdarts.experiments;

import org.jdarts.cifar10.Cifar10Reader;
import org.jdarts.core.io.AtomicFiles;

/** The fingerprint of a configuration: the first 16 hex digits of the SHA-256 of its JSON form. */
final class Fingerprint {

    private Fingerprint() {}

    static String of(Object config) {
        return Cifar10Reader.sha256(AtomicFiles.toJson(config)).substring(0, 16);
    }
}
