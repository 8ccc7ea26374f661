package io.jianfu.query.coordination;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** A coordination request (吹哨报到) as the street, the departments and the discipline office see it. */
public record CoordinationView(String id, String raisedByUnitCode, String streetCode, String place,
                               String description, String raisedMatterId, OffsetDateTime raisedAt, String status,
                               Routing routing, List<Duty> duties, Plan plan, OffsetDateTime resolvedAt,
                               String summary, Boolean satisfied, String ratingComment, List<Complaint> complaints,
                               Timings timings) {

    /** Where the request went: by the list (matter and version) or by hand (with the street's note). */
    public record Routing(String basis, String matterId, Integer matterVersion, String leadDepartmentCode,
                          List<String> cooperatingDepartmentCodes, String streetDuty, String note) {
    }

    /** A department called to the request and when it arrived on site (null: not yet). */
    public record Duty(String departmentCode, boolean lead, OffsetDateTime arrivedAt, Long minutesAfterRaised) {
    }

    public record Plan(String text, String publishedBy, OffsetDateTime publishedAt, OffsetDateTime firstPublishedAt) {
    }

    public record Complaint(String id, String departmentCode, String complainantUnitCode, String description,
                            OffsetDateTime complainedAt) {
    }

    /** From raising to the first department on site, to the first plan, and to the solution. */
    public record Timings(Long minutesToFirstOnSite, BigDecimal daysToPlan, BigDecimal daysToResolution) {
    }
}
