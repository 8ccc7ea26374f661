package io.jianfu.command.responsibility;

import io.jianfu.command.common.Actor;
import io.jianfu.command.common.Check;
import io.jianfu.command.common.Ids;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.DirectoryLookup;
import io.jianfu.events.responsibility.MatterTerms;
import io.jianfu.events.responsibility.ResponsibilityMatterDefined;
import io.jianfu.events.responsibility.ResponsibilityMatterRetired;
import io.jianfu.events.responsibility.ResponsibilityMatterRevised;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 属地事项: one matter of the territorial responsibility list, kept by ADMIN. Each revision is a new version in force
 * from a later date, so the version in force on any past date stays known; a retired matter takes no more changes.
 */
@Aggregate
public class ResponsibilityMatter {
    @AggregateIdentifier
    private String matterId;
    private int version;
    private LocalDate effectiveFrom;
    private boolean retired;
    private LocalDate retiredOn;
    private final List<MatterInForce> versions = new ArrayList<>();
    private final List<LocalDate> versionStarts = new ArrayList<>();

    @CommandHandler
    public ResponsibilityMatter(DefineResponsibilityMatter command, MetaData metaData, DirectoryLookup directory) {
        Actor.from(metaData).requireAdmin("keep the responsibility list");
        Check.fields()
             .required("id", command.matterId())
             .that(command.matterId() == null || Ids.isWellFormed(command.matterId()), "id",
                   "must be 1 to 64 letters, digits, '.', '-' or '_'")
             .orThrow();
        MatterTerms terms = MatterRules.terms(command, directory);
        apply(new ResponsibilityMatterDefined(command.matterId(), terms, command.effectiveFrom()));
    }

    protected ResponsibilityMatter() {
    }

    @CommandHandler
    public void handle(ReviseResponsibilityMatter command, MetaData metaData, DirectoryLookup directory) {
        Actor.from(metaData).requireAdmin("keep the responsibility list");
        MatterTerms terms = MatterRules.terms(command, directory);
        requireNotRetired("revised");
        if (!command.effectiveFrom().isAfter(effectiveFrom)) {
            throw new RuleViolation("A revision must take effect after the version in force from " + effectiveFrom
                    + "; " + command.effectiveFrom() + " is not later.");
        }
        apply(new ResponsibilityMatterRevised(matterId, version + 1, terms, command.effectiveFrom()));
    }

    @CommandHandler
    public void handle(RetireResponsibilityMatter command, MetaData metaData) {
        Actor.from(metaData).requireAdmin("keep the responsibility list");
        Check.fields()
             .required("reason", command.reason())
             .maxLength("reason", command.reason(), 1000)
             .required("effectiveOn", command.effectiveOn())
             .orThrow();
        requireNotRetired("retired again");
        if (!command.effectiveOn().isAfter(effectiveFrom)) {
            throw new RuleViolation("A retirement must take effect after the version in force from " + effectiveFrom
                    + "; " + command.effectiveOn() + " is not later.");
        }
        apply(new ResponsibilityMatterRetired(matterId, command.reason().strip(), command.effectiveOn()));
    }

    /** The version in force on {@code day}: the last one that started on or before it, unless retired by then. */
    public Optional<MatterInForce> inForceOn(LocalDate day) {
        if (retiredOn != null && !day.isBefore(retiredOn)) {
            return Optional.empty();
        }
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (!versionStarts.get(i).isAfter(day)) {
                return Optional.of(versions.get(i));
            }
        }
        return Optional.empty();
    }

    private void requireNotRetired(String what) {
        if (retired) {
            throw new RuleViolation("Matter " + matterId + " is retired and cannot be " + what + ".");
        }
    }

    @EventSourcingHandler
    void on(ResponsibilityMatterDefined event) {
        this.matterId = event.matterId();
        this.version = 1;
        this.effectiveFrom = event.effectiveFrom();
        remember(event.terms());
    }

    @EventSourcingHandler
    void on(ResponsibilityMatterRevised event) {
        this.version = event.version();
        this.effectiveFrom = event.effectiveFrom();
        remember(event.terms());
    }

    @EventSourcingHandler
    void on(ResponsibilityMatterRetired event) {
        this.retired = true;
        this.retiredOn = event.effectiveOn();
    }

    private void remember(MatterTerms terms) {
        versions.add(new MatterInForce(matterId, version, terms));
        versionStarts.add(effectiveFrom);
    }
}
