package org.jdarts.reports.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.core.run.Metric;
import org.jdarts.core.run.MetricsCsv;
import org.jdarts.core.run.RunKind;

/**
 * A run's curves over the epochs, side by side: loss and accuracy (train and validation for a
 * search, train and test for a training run), the learning rate, and a training run's drop-path
 * probability.
 */
public final class MetricCurves extends EpochPanels {

    private static final Color TRAIN = new Color(0x1F77B4);
    private static final Color HELD_OUT = new Color(0xD62728);
    private static final Color SCHEDULE = new Color(0x555555);

    /**
     * Creates the curves of a run.
     *
     * @param kind search or training
     * @param metrics its metrics table
     */
    public MetricCurves(RunKind kind, MetricsCsv.Table metrics) {
        super(metrics, panels(kind, metrics));
    }

    private static List<EpochPanels.Panel> panels(RunKind kind, MetricsCsv.Table metrics) {
        boolean search = kind == RunKind.SEARCH;
        String heldOutName = search ? "validation" : "test";
        List<EpochPanels.Panel> list = new ArrayList<>();
        list.add(new EpochPanels.Panel("loss", "cross-entropy", 1, Metric.keys(Metric.TRAIN_LOSS,
                search ? Metric.VAL_LOSS : Metric.TEST_LOSS),
                List.of("train", heldOutName), List.of(TRAIN, HELD_OUT), false, false));
        list.add(new EpochPanels.Panel("accuracy", "%", 100, Metric.keys(Metric.TRAIN_ACC,
                search ? Metric.VAL_ACC : Metric.TEST_ACC),
                List.of("train", heldOutName), List.of(TRAIN, HELD_OUT), false, false));
        list.add(new EpochPanels.Panel("learning rate", "lr", 1, Metric.keys(Metric.LR), List.of("lr (weights)"),
                List.of(SCHEDULE), true, false));
        if (kind == RunKind.TRAINING) {
            list.add(new EpochPanels.Panel("drop-path probability", "p", 1, Metric.keys(Metric.DROP_PATH),
                    List.of("drop-path"), List.of(SCHEDULE), true, false));
        }
        return list.stream().filter(p -> metrics.columns().containsAll(p.columns())).toList();
    }
}
