package io.jianfu.command.directory;

import io.jianfu.command.common.CsvRows;
import io.jianfu.command.common.ImportFailed;
import io.jianfu.command.common.InvalidCommand;
import io.jianfu.events.directory.UnitKind;
import org.apache.commons.csv.CSVRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.Reader;
import java.util.List;
import java.util.function.Predicate;

/**
 * Bulk registration of units and cadres from CSV, because real rosters live in spreadsheets. A file is imported
 * whole or not at all: every row's command runs in one transaction, and the first refused row rolls it back.
 * Rows whose code or id is already registered are skipped, so the same file can be imported again.
 */
@Component
public class DirectoryImport {
    static final List<String> UNIT_COLUMNS = List.of("code", "name", "kind", "parentCode");
    static final List<String> CADRE_COLUMNS = List.of("id", "name", "unitCode", "topLeader");

    private final CommandGateway gateway;
    private final DirectoryLookup directory;
    private final TransactionTemplate transaction;

    public DirectoryImport(CommandGateway gateway, DirectoryLookup directory, PlatformTransactionManager transactions) {
        this.gateway = gateway;
        this.directory = directory;
        this.transaction = new TransactionTemplate(transactions);
    }

    public ImportResult importUnits(Reader csv) {
        return importRows(csv, UNIT_COLUMNS, directory::unitExists, row -> new RegisterUnit(
                row.get("code"), row.get("name"), unitKind(row), blankToNull(row.get("parentCode"))));
    }

    public ImportResult importCadres(Reader csv) {
        return importRows(csv, CADRE_COLUMNS, directory::cadreExists, row -> new RegisterCadre(
                row.get("id"), row.get("name"), row.get("unitCode"), Boolean.parseBoolean(row.get("topLeader"))));
    }

    private ImportResult importRows(Reader csv, List<String> columns, Predicate<String> alreadyRegistered,
                                    RowCommand toCommand) {
        List<CSVRecord> rows = CsvRows.parse(csv, columns);
        return transaction.execute(status -> {
            int created = 0;
            int skipped = 0;
            for (CSVRecord row : rows) {
                String key = row.get(columns.get(0));
                if (alreadyRegistered.test(key)) {
                    skipped++;
                    continue;
                }
                try {
                    gateway.sendAndWait(toCommand.from(row));
                    created++;
                } catch (ImportFailed failed) {
                    throw failed;
                } catch (InvalidCommand invalid) {
                    throw new ImportFailed(row.getRecordNumber() + 1, invalid.errors().toString());
                } catch (RuntimeException refused) {
                    throw new ImportFailed(row.getRecordNumber() + 1, refused.getMessage());
                }
            }
            return new ImportResult(created, skipped);
        });
    }

    private static UnitKind unitKind(CSVRecord row) {
        String kind = row.get("kind");
        try {
            return UnitKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new ImportFailed(row.getRecordNumber() + 1, "kind '" + kind + "' is not one of "
                    + List.of(UnitKind.values()) + ".");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @FunctionalInterface
    private interface RowCommand {
        Object from(CSVRecord row);
    }
}
