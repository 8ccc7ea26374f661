package io.jianfu.command.directory;

import io.jianfu.command.common.Actor;
import io.jianfu.command.common.AlreadyExists;
import io.jianfu.command.common.Check;
import io.jianfu.command.common.Ids;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.events.directory.UnitRegistered;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** 单位: a department, street, town, community, village or office, identified by its code. */
@Aggregate
public class Unit {
    @AggregateIdentifier
    private String code;

    @CommandHandler
    public Unit(RegisterUnit command, MetaData metaData, DirectoryLookup directory) {
        Actor.from(metaData).requireAdmin("register units");
        String parentCode = command.parentCode() == null || command.parentCode().isBlank() ? null
                : command.parentCode().strip();
        Check.fields()
             .required("code", command.code())
             .that(command.code() == null || Ids.isWellFormed(command.code()), "code",
                   "must be 1 to 64 letters, digits, '.', '-' or '_'")
             .required("name", command.name())
             .maxLength("name", command.name(), 100)
             .required("kind", command.kind())
             .that(parentCode == null || Ids.isWellFormed(parentCode), "parentCode", "must be a unit code")
             .that(parentCode == null || !parentCode.equals(command.code()), "parentCode", "must name another unit")
             .orThrow();
        if (directory.unitExists(command.code())) {
            throw new AlreadyExists(command.code(), "Unit " + command.code() + " is already registered.");
        }
        if (parentCode != null && !directory.unitExists(parentCode)) {
            throw new RuleViolation("Parent unit " + parentCode + " is not registered; register it first.");
        }
        apply(new UnitRegistered(command.code(), command.name().strip(), command.kind(), parentCode));
    }

    protected Unit() {
    }

    @EventSourcingHandler
    void on(UnitRegistered event) {
        this.code = event.code();
    }
}
