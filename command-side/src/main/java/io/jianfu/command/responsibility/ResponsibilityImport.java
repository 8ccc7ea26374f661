package io.jianfu.command.responsibility;

import io.jianfu.command.common.CsvRows;
import io.jianfu.command.common.ImportFailed;
import io.jianfu.command.common.InvalidCommand;
import io.jianfu.command.directory.ImportResult;
import org.apache.commons.csv.CSVRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Bulk definition of responsibility matters (属地事项) from CSV, because real lists live in spreadsheets. A file is
 * imported whole or not at all: every row runs in one transaction and the first refused row rolls it back. A
 * matter's id is derived from its domain and title, so importing the same file again defines nothing new.
 */
@Component
public class ResponsibilityImport {
    static final List<String> COLUMNS = List.of("domain", "title", "leadDepartmentCode", "cooperatingDepartmentCodes",
                                                "streetDuty", "procedureSteps", "timeLimitDays", "accountability",
                                                "effectiveFrom");

    private final CommandGateway gateway;
    private final EventStore eventStore;
    private final TransactionTemplate transaction;

    public ResponsibilityImport(CommandGateway gateway, EventStore eventStore, PlatformTransactionManager transactions) {
        this.gateway = gateway;
        this.eventStore = eventStore;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The id a matter imported from a file gets: the same domain and title always give the same id. */
    public static String importedId(String domain, String title) {
        String seed = (domain == null ? "" : domain.strip()) + "\n" + (title == null ? "" : title.strip());
        return "rm-" + UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
    }

    public ImportResult importMatters(Reader csv) {
        List<CSVRecord> rows = CsvRows.parse(csv, COLUMNS);
        return transaction.execute(status -> {
            int created = 0;
            int skipped = 0;
            for (CSVRecord row : rows) {
                long line = row.getRecordNumber() + 1;
                String id = importedId(row.get("domain"), row.get("title"));
                if (eventStore.readEvents(id).hasNext()) {
                    skipped++;
                    continue;
                }
                try {
                    gateway.sendAndWait(command(id, row, line));
                    created++;
                } catch (ImportFailed failed) {
                    throw failed;
                } catch (InvalidCommand invalid) {
                    throw new ImportFailed(line, invalid.errors().toString());
                } catch (RuntimeException refused) {
                    throw new ImportFailed(line, refused.getMessage());
                }
            }
            return new ImportResult(created, skipped);
        });
    }

    private static DefineResponsibilityMatter command(String id, CSVRecord row, long line) {
        return new DefineResponsibilityMatter(id, row.get("domain"), row.get("title"), row.get("leadDepartmentCode"),
                                              split(row.get("cooperatingDepartmentCodes")), row.get("streetDuty"),
                                              split(row.get("procedureSteps")), days(row.get("timeLimitDays"), line),
                                              row.get("accountability"), date(row.get("effectiveFrom"), line));
    }

    private static List<String> split(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("\\|")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    private static Integer days(String value, long line) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException notNumber) {
            throw new ImportFailed(line, "timeLimitDays '" + value + "' is not a whole number of days.");
        }
    }

    private static LocalDate date(String value, long line) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException malformed) {
            throw new ImportFailed(line, "effectiveFrom '" + value + "' is not an ISO date such as 2026-01-01.");
        }
    }
}
