package org.jdarts.core.supernet;

/** The weight of the auxiliary skip connections (DARTS-'s β), shared by a supernet and its cells. */
final class AuxiliarySkipWeight {

    private volatile double weight;

    double get() {
        return weight;
    }

    void set(double weight) {
        this.weight = weight;
    }
}
