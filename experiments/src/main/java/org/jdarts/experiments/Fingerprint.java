package org.jdarts.experiments;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jdarts.core.io.AtomicFiles;

/** The fingerprint of a configuration: the first 16 hex digits of the SHA-256 of its JSON form. */
final class Fingerprint {

    private Fingerprint() {}

    static String of(Object config) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(AtomicFiles.toJson(config)))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
