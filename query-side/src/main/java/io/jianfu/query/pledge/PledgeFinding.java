package io.jianfu.query.pledge;

import io.jianfu.events.responsibility.PledgeClause;

/**
 * A shifted responsibility (转嫁责任) found in one pledge clause: the clause, the matter it names or was matched to
 * (with the similarity when matched by words), what the list says (lead department, street duty) and what the
 * pledge says.
 */
public record PledgeFinding(int clauseIndex, PledgeClause clause, String matterId, String matterTitle,
                            Double matchSimilarity, String listedLeadDepartmentCode, String listedStreetDuty,
                            String pledgedDuty, Kind kind) {

    /** The kinds of shifted responsibility. */
    public enum Kind {
        /** The street is made to lead a matter the list gives to a department. */
        SHIFTED_LEAD,
        /** The street is made to answer fully (兜底) for a matter. */
        FULL_LIABILITY,
        /** The street is given more than its listed duty. */
        MORE_THAN_LISTED_DUTY
    }
}
