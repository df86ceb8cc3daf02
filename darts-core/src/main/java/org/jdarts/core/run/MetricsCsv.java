package org.jdarts.core.run;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jdarts.core.io.CorruptFileException;

/** The per-epoch {@code metrics.csv} of a run directory: its columns, its writer and its reader. */
public final class MetricsCsv {

    /**
     * A column and how its values are printed.
     *
     * @param name the header
     * @param format a {@link String#format} pattern for the value, or {@value #WHOLE_OR_SIX} for
     *     whole numbers printed whole and others to 6 significant digits (counts and milliseconds alike)
     */
    public record Column(String name, String format) {

        /** The format of a value that is a whole count or a measured fraction. */
        public static final String WHOLE_OR_SIX = "whole-or-6";

        String print(double value) {
            if (format.equals(WHOLE_OR_SIX)) {
                return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                        : new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
            }
            return format.equals("%d") ? Long.toString(Math.round(value)) : String.format(Locale.ROOT, format, value);
        }
    }

    /** The columns of a search: {@code epoch,lr,train_loss,train_acc,val_loss,val_acc,seconds}. */
    public static final List<Column> SEARCH_COLUMNS = List.of(Metric.EPOCH.column(), Metric.LR.column(),
            Metric.TRAIN_LOSS.column(), Metric.TRAIN_ACC.column(), Metric.VAL_LOSS.column(),
            Metric.VAL_ACC.column(), Metric.SECONDS.column());

    /**
     * The columns of a training run:
     * {@code epoch,lr,drop_path,train_loss,train_acc,test_loss,test_acc,seconds}.
     */
    public static final List<Column> TRAINING_COLUMNS = List.of(Metric.EPOCH.column(), Metric.LR.column(),
            Metric.DROP_PATH.column(), Metric.TRAIN_LOSS.column(), Metric.TRAIN_ACC.column(),
            Metric.TEST_LOSS.column(), Metric.TEST_ACC.column(), Metric.SECONDS.column());

    /**
     * The rows of a metrics file.
     *
     * @param columns the header, in order
     * @param rows one map per epoch, column name to value
     */
    public record Table(List<String> columns, List<Map<String, Double>> rows) {

        /** Returns a metric's values, one per row. */
        public double[] column(Metric metric) {
            return column(metric.key());
        }

        /** Returns a column's values, one per row. */
        public double[] column(String name) {
            if (!columns.contains(name)) {
                throw new IllegalArgumentException("no column '" + name + "'; have " + columns);
            }
            return rows.stream().mapToDouble(r -> r.get(name)).toArray();
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build();

    private MetricsCsv() {}

    /**
     * Prints rows as CSV text.
     *
     * @param columns the columns
     * @param rows one map per epoch, holding every column's value (NaN, printed as an empty cell,
     *     where a value was not measured)
     * @return the file's content: the header line and one line per row
     */
    public static String format(List<Column> columns, List<Map<String, Double>> rows) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
            printer.printRecord(columns.stream().map(Column::name).toList());
            for (Map<String, Double> row : rows) {
                List<String> cells = new ArrayList<>(columns.size());
                for (Column c : columns) {
                    Double value = row.get(c.name());
                    if (value == null) {
                        throw new IllegalArgumentException("a metrics row lacks '" + c.name() + "': " + row);
                    }
                    cells.add(Double.isNaN(value) ? "" : c.print(value)); // NaN: not measured that epoch
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * Reads a metrics file.
     *
     * @param file the CSV
     * @return its columns and rows
     * @throws CorruptFileException if a cell is not a number or a row has the wrong length
     * @throws IOException if it cannot be read
     */
    public static Table read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            List<CSVRecord> records = FORMAT.parse(in).getRecords();
            if (records.isEmpty()) {
                throw new CorruptFileException(file, "empty (expected a header line)");
            }
            List<String> header = records.get(0).toList();
            List<Map<String, Double>> rows = new ArrayList<>();
            for (CSVRecord r : records.subList(1, records.size())) {
                if (r.size() != header.size()) {
                    throw new CorruptFileException(file, "line " + r.getRecordNumber() + " has " + r.size()
                            + " cells, the header " + header.size());
                }
                Map<String, Double> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    try {
                        row.put(header.get(i), r.get(i).isEmpty() ? Double.NaN : Double.parseDouble(r.get(i)));
                    } catch (NumberFormatException e) {
                        throw new CorruptFileException(file, "line " + r.getRecordNumber() + ", " + header.get(i)
                                + ": '" + r.get(i) + "' is not a number");
                    }
                }
                rows.add(row);
            }
            return new Table(header, rows);
        }
    }
}
