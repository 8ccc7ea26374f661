package io.jianfu.events.inspection;

/** Why an inspection may be carried out. */
public enum InspectionBasis {
    /** On the approved annual master list (年度计划总清单); cleared at once. */
    PLAN,
    /** Of an emergency category such as 安全生产 or 自然灾害防治; needs no plan, cleared at once, never grouped. */
    EMERGENCY,
    /** Neither: it needs its own approval by the supervision office (一事一报). */
    SINGLE
}
