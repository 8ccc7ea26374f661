package io.jianfu.query.pledge;

import io.jianfu.events.responsibility.ResponsibilityPledgeAmended;
import io.jianfu.events.responsibility.ResponsibilityPledgeFiled;
import io.jianfu.events.responsibility.ResponsibilityPledgeRevoked;
import io.jianfu.events.responsibility.ResponsibilityPledgeUpheld;
import io.jianfu.query.common.TableProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * Responsibility pledges (责任状) as a table, a pure function of their events: current clauses and verdict. The audit
 * against the list is computed when read, so a later list revision never changes the verdict on an older pledge.
 */
@Component
@ProcessingGroup(PledgeProjection.GROUP)
public class PledgeProjection extends TableProjection {
    public static final String GROUP = "pledge-views";
    static final List<String> TABLES = List.of("pledge_view");

    private final JsonMapper json;

    public PledgeProjection(JdbcClient jdbc, JsonMapper json) {
        super(jdbc, TABLES);
        this.json = json;
    }

    @EventHandler
    void on(ResponsibilityPledgeFiled event) {
        jdbc.sql("""
                 INSERT INTO pledge_view (pledge_id, issuing_department_code, target_unit_code, year, filed_on,
                        clauses, status)
                 VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), 'FILED')
                 ON CONFLICT (pledge_id) DO NOTHING""")
            .params(event.pledgeId(), event.issuingDepartmentCode(), event.targetUnitCode(), event.year(),
                    event.filedOn(), json.writeValueAsString(event.clauses()))
            .update();
    }

    @EventHandler
    void on(ResponsibilityPledgeAmended event) {
        jdbc.sql("""
                 UPDATE pledge_view SET clauses = CAST(? AS jsonb), amendments = amendments + 1,
                        last_amendment_reason = ?
                 WHERE pledge_id = ?""")
            .params(json.writeValueAsString(event.clauses()), event.reason(), event.pledgeId())
            .update();
    }

    @EventHandler
    void on(ResponsibilityPledgeRevoked event) {
        verdict(event.pledgeId(), "REVOKED", event.reason());
    }

    @EventHandler
    void on(ResponsibilityPledgeUpheld event) {
        verdict(event.pledgeId(), "UPHELD", event.reason());
    }

    private void verdict(String pledgeId, String status, String reason) {
        jdbc.sql("UPDATE pledge_view SET status = ?, verdict_reason = ? WHERE pledge_id = ?")
            .params(status, reason, pledgeId)
            .update();
    }
}
