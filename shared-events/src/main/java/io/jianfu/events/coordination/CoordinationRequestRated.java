package io.jianfu.events.coordination;

/** The unit that raised a solved coordination request said whether it is satisfied with how it was solved. */
public record CoordinationRequestRated(String requestId, String ratedByUnitCode, boolean satisfied, String comment) {
}
