package org.jdarts.core.run;

import java.nio.file.Path;

/** Another process is working on a run directory: bad timing rather than a failure (exit code 2). */
public final class RunLockedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param dir the run directory
     * @param pid the holder's process id
     * @param host the holder's host
     * @param since when it took the lock
     */
    public RunLockedException(Path dir, long pid, String host, String since) {
        super(dir + " is in use by process " + pid + " on " + host + " since " + since + " (" + RunLock.FILE
                + "); wait for it to finish or stop it first");
    }
}
