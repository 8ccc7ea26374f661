package io.jianfu.events.responsibility;

import java.util.List;

/** The issuing department replaced a pledge's clauses, with a reason; the filing date stays. */
public record ResponsibilityPledgeAmended(String pledgeId, List<PledgeClause> clauses, String reason) {
}
