package org.jdarts.experiments;

/** What the shared run lifecycle needs of a search's or a training run's configuration. */
public interface RunConfig {

    /** Returns the epochs of the whole run. */
    int epochs();

    /** Returns the seed of initialisation, data order, augmentation and random draws. */
    long seed();

    /** Returns the fingerprint that a checkpoint must carry to be resumed with this configuration. */
    String fingerprint();
}
