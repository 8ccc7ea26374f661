package io.jianfu.query.pledge;

import java.util.List;
import java.util.Map;

/**
 * The pledge figures of a year: pledges reviewed, findings (and pledges with any), pledges revoked by kind of
 * finding, and pledges per street or town.
 */
public record PledgeReport(Integer year, int pledgesReviewed, int findings, int flaggedPledges,
                           Map<String, Integer> findingsByKind, int revoked, Map<String, Integer> revokedByKind,
                           List<StreetYear> pledgesPerStreet) {

    /** How many pledges one street or town received in one year. */
    public record StreetYear(String targetUnitCode, int year, int pledges) {
    }
}
