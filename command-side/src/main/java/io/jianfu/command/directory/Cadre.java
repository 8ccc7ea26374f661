package io.jianfu.command.directory;

import io.jianfu.command.common.Actor;
import io.jianfu.command.common.AlreadyExists;
import io.jianfu.command.common.Check;
import io.jianfu.command.common.Ids;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.events.directory.CadreRegistered;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** 干部: a person working in a unit. */
@Aggregate
public class Cadre {
    @AggregateIdentifier
    private String cadreId;

    @CommandHandler
    public Cadre(RegisterCadre command, MetaData metaData, DirectoryLookup directory) {
        Actor.from(metaData).requireAdmin("register cadres");
        Check.fields()
             .required("id", command.cadreId())
             .that(command.cadreId() == null || Ids.isWellFormed(command.cadreId()), "id",
                   "must be 1 to 64 letters, digits, '.', '-' or '_'")
             .required("name", command.name())
             .maxLength("name", command.name(), 50)
             .required("unitCode", command.unitCode())
             .orThrow();
        if (directory.cadreExists(command.cadreId())) {
            throw new AlreadyExists(command.cadreId(), "Cadre " + command.cadreId() + " is already registered.");
        }
        if (!directory.unitExists(command.unitCode())) {
            throw new RuleViolation("Unit " + command.unitCode() + " is not registered; register the unit first.");
        }
        apply(new CadreRegistered(command.cadreId(), command.name().strip(), command.unitCode(),
                                  Boolean.TRUE.equals(command.topLeader())));
    }

    protected Cadre() {
    }

    @EventSourcingHandler
    void on(CadreRegistered event) {
        this.cadreId = event.cadreId();
    }
}
