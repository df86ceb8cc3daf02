package org.jdarts.core.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.core.io.Json;
import org.jdarts.core.loop.EpochPosition;
import org.jdarts.core.loop.MetricsSum;

/**
 * The records of a run's finished epochs, in order, and where the run stands in the next epoch if
 * it was stopped in the middle of one: what a checkpoint carries besides the network's state, and
 * what the per-epoch files of a run directory are written from.
 *
 * @param records one record per finished epoch, epoch 1 first
 * @param partial the steps done in the next epoch when the run was stopped inside it, or null
 */
public record Journal(List<EpochRecord> records, EpochPosition partial) {

    /** Copies the list. */
    public Journal {
        records = List.copyOf(records);
    }

    /** Returns a journal without records. */
    public static Journal empty() {
        return new Journal(List.of(), null);
    }

    /** Returns this journal with one more finished epoch (and no partial one). */
    public Journal plus(EpochRecord record) {
        List<EpochRecord> more = new ArrayList<>(records);
        more.add(record);
        return new Journal(more, null);
    }

    /** Returns this journal with the steps done in the next epoch. */
    public Journal stoppedAt(EpochPosition position) {
        return new Journal(records, position);
    }

    /** Returns where the run resumes: the partial epoch's position, or the start of the next epoch. */
    public EpochPosition resumeAt() {
        return partial != null ? partial : EpochPosition.start(records.size());
    }

    /** Returns the number of finished epochs. */
    public int size() {
        return records.size();
    }

    /** Returns the last record. */
    public EpochRecord last() {
        if (records.isEmpty()) {
            throw new IllegalStateException("the journal has no epoch yet");
        }
        return records.get(records.size() - 1);
    }

    /** Returns the last record, or null before the first epoch has finished (a run stopped in its first epoch). */
    public EpochRecord lastOrNull() {
        return records.isEmpty() ? null : records.get(records.size() - 1);
    }

    /** Returns the JSON form. */
    public JsonNode toJson() {
        ObjectNode node = Json.MAPPER.createObjectNode();
        ArrayNode array = node.putArray("epochs");
        records.forEach(r -> array.add(r.toJson()));
        if (partial != null) {
            ObjectNode p = node.putObject("partial");
            p.put("epoch", partial.epoch());
            p.put("step", partial.step());
            p.put("loss_sum", partial.sum().lossSum());
            p.put("correct", partial.sum().correct());
            p.put("images", partial.sum().images());
            p.put("seconds", partial.seconds());
        }
        return node;
    }

    /**
     * Reads the JSON form.
     *
     * @param node what {@link #toJson} wrote
     * @return the journal
     */
    public static Journal fromJson(JsonNode node) {
        List<EpochRecord> records = new ArrayList<>();
        node.path("epochs").forEach(r -> records.add(EpochRecord.fromJson(r)));
        JsonNode p = node.get("partial");
        EpochPosition partial = p == null ? null : new EpochPosition(p.path("epoch").asInt(), p.path("step").asInt(),
                new MetricsSum(p.path("loss_sum").asDouble(), p.path("correct").asLong(), p.path("images").asLong()),
                p.path("seconds").asDouble());
        return new Journal(records, partial);
    }
}
