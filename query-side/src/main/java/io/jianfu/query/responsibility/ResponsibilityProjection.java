package io.jianfu.query.responsibility;

import io.jianfu.events.responsibility.MatterTerms;
import io.jianfu.events.responsibility.ResponsibilityMatterDefined;
import io.jianfu.events.responsibility.ResponsibilityMatterRetired;
import io.jianfu.events.responsibility.ResponsibilityMatterRevised;
import io.jianfu.query.common.TableProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;

/**
 * The responsibility list (属地事项责任清单) as tables, a pure function of its events: each version with the dates
 * it is in force. A revision closes the previous version on its own first day; a retirement closes the last one.
 */
@Component
@ProcessingGroup(ResponsibilityProjection.GROUP)
public class ResponsibilityProjection extends TableProjection {
    public static final String GROUP = "responsibility-views";
    static final List<String> TABLES = List.of("responsibility_version_view", "responsibility_matter_view");

    private final JsonMapper json;

    public ResponsibilityProjection(JdbcClient jdbc, JsonMapper json) {
        super(jdbc, TABLES);
        this.json = json;
    }

    @EventHandler
    void on(ResponsibilityMatterDefined event) {
        jdbc.sql("""
                 INSERT INTO responsibility_matter_view (matter_id, current_version) VALUES (?, 1)
                 ON CONFLICT (matter_id) DO NOTHING""")
            .params(event.matterId())
            .update();
        insertVersion(event.matterId(), 1, event.terms(), event.effectiveFrom());
    }

    @EventHandler
    void on(ResponsibilityMatterRevised event) {
        jdbc.sql("UPDATE responsibility_version_view SET valid_to = ? WHERE matter_id = ? AND version = ?")
            .params(event.effectiveFrom(), event.matterId(), event.version() - 1)
            .update();
        jdbc.sql("UPDATE responsibility_matter_view SET current_version = ? WHERE matter_id = ?")
            .params(event.version(), event.matterId())
            .update();
        insertVersion(event.matterId(), event.version(), event.terms(), event.effectiveFrom());
    }

    @EventHandler
    void on(ResponsibilityMatterRetired event) {
        jdbc.sql("""
                 UPDATE responsibility_version_view SET valid_to = ?
                 WHERE matter_id = ? AND version = (SELECT current_version FROM responsibility_matter_view
                                                    WHERE matter_id = ?)""")
            .params(event.effectiveOn(), event.matterId(), event.matterId())
            .update();
        jdbc.sql("UPDATE responsibility_matter_view SET retired_on = ?, retirement_reason = ? WHERE matter_id = ?")
            .params(event.effectiveOn(), event.reason(), event.matterId())
            .update();
    }

    private void insertVersion(String matterId, int version, MatterTerms terms, LocalDate validFrom) {
        jdbc.sql("""
                 INSERT INTO responsibility_version_view (matter_id, version, domain, title, lead_department_code,
                        cooperating_department_codes, street_duty, procedure_steps, time_limit_days, accountability,
                        valid_from)
                 VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?, CAST(? AS jsonb), ?, ?, ?)
                 ON CONFLICT (matter_id, version) DO NOTHING""")
            .params(matterId, version, terms.domain(), terms.title(), terms.leadDepartmentCode(),
                    json.writeValueAsString(terms.cooperatingDepartmentCodes()), terms.streetDuty(),
                    json.writeValueAsString(terms.procedureSteps()), terms.timeLimitDays(), terms.accountability(),
                    validFrom)
            .update();
    }
}
