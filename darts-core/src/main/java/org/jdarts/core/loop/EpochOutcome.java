package org.jdarts.core.loop;

/**
 * How an epoch ended: done, with its record, or stopped on request at a position.
 *
 * @param done the epoch's record, or null if it was stopped
 * @param stoppedAt where it stopped, or null if it is done
 * @param <E> the record of a finished epoch
 */
public record EpochOutcome<E>(E done, EpochPosition stoppedAt) {

    /** Returns the outcome of a finished epoch. */
    public static <E> EpochOutcome<E> finished(E epoch) {
        return new EpochOutcome<>(epoch, null);
    }

    /** Returns the outcome of an epoch stopped at {@code position}. */
    public static <E> EpochOutcome<E> stopped(EpochPosition position) {
        return new EpochOutcome<>(null, position);
    }
}
