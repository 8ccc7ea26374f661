package io.jianfu.command.common;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an import file: a header naming at least {@code columns}, then one row per record, every row as long as the
 * header. Anything else is refused as {@link ImportFailed} with its line, before a single row is imported.
 */
public final class CsvRows {

    private CsvRows() {
    }

    public static List<CSVRecord> parse(Reader csv, List<String> columns) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                                            .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            Set<String> missing = new LinkedHashSet<>(columns);
            missing.removeAll(parser.getHeaderNames());
            if (!missing.isEmpty()) {
                throw new ImportFailed(1, "the header lacks the columns " + missing + "; expected " + columns + ".");
            }
            List<CSVRecord> rows = parser.getRecords();
            for (CSVRecord row : rows) {
                if (!row.isConsistent()) {
                    throw new ImportFailed(row.getRecordNumber() + 1, "the row has " + row.size()
                            + " values; the header has " + parser.getHeaderNames().size() + ".");
                }
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException unreadable) {
            throw new ImportFailed(1, "the file is not valid CSV (" + unreadable.getMessage() + ").");
        }
    }
}
