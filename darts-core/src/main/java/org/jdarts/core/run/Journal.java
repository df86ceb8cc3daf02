package org.jdarts.core.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import org.jdarts.core.io.Json;

/**
 * The records of a run's finished epochs, in order: what a checkpoint carries besides the
 * network's state, and what the per-epoch files of a run directory are written from.
 *
 * @param records one record per finished epoch, epoch 1 first
 */
public record Journal(List<EpochRecord> records) {

    /** Copies the list. */
    public Journal {
        records = List.copyOf(records);
    }

    /** Returns a journal without records. */
    public static Journal empty() {
        return new Journal(List.of());
    }

    /** Returns this journal with one more record. */
    public Journal plus(EpochRecord record) {
        List<EpochRecord> more = new ArrayList<>(records);
        more.add(record);
        return new Journal(more);
    }

    /** Returns the number of records. */
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

    /** Returns the JSON form. */
    public JsonNode toJson() {
        ArrayNode array = Json.MAPPER.createArrayNode();
        records.forEach(r -> array.add(r.toJson()));
        return array;
    }

    /**
     * Reads the JSON form.
     *
     * @param node what {@link #toJson} wrote
     * @return the journal
     */
    public static Journal fromJson(JsonNode node) {
        List<EpochRecord> records = new ArrayList<>();
        node.forEach(r -> records.add(EpochRecord.fromJson(r)));
        return new Journal(records);
    }
}
