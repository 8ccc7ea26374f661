package io.jianfu.query.meeting;

/** 三色预警: the colour of a unit's meeting count against its annual plan. */
public enum QuotaColour {
    /** Under 80 % of the plan. */
    GREEN,
    /** From 80 % up to and including 100 %. */
    YELLOW,
    /** Over 100 %. */
    RED,
    /** No plan was filed for that year. */
    NO_PLAN;

    /** Exact integer arithmetic, so 8 of 10 is YELLOW and 10 of 10 still YELLOW. */
    public static QuotaColour of(Integer planned, long counted) {
        if (planned == null) {
            return NO_PLAN;
        }
        if (counted * 10 < planned * 8L || counted == 0) {
            return GREEN;
        }
        return counted <= planned ? YELLOW : RED;
    }
}
