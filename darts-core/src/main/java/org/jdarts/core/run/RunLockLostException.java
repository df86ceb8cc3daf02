package org.jdarts.core.run;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Another process took over a run directory's lock while this one was still working on it: this
 * process's lease ran out unrenewed (it was frozen, suspended or cut off from the file system for
 * longer than the lease), so the run now belongs to the other process and this one must stop
 * without writing.
 */
public final class RunLockLostException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param dir the run directory
     * @param holder who holds the lock now
     * @param lease the lease
     */
    public RunLockLostException(Path dir, String holder, Duration lease) {
        super(dir + ": the run's lock was taken over by " + holder + " after this process did not renew it for"
                + " longer than the lease (" + seconds(lease) + " s); stopping without writing (the other"
                + " process goes on with the run)");
    }

    private static String seconds(Duration lease) {
        long millis = lease.toMillis();
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0);
    }
}
