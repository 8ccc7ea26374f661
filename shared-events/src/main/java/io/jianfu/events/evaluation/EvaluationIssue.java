package io.jianfu.events.evaluation;

/** The burdens a respondent may tick against a department (基层反向评价). */
public enum EvaluationIssue {
    /** 督查检查过多. */
    TOO_MANY_INSPECTIONS,
    /** 考核过多 (including hidden assessment items). */
    TOO_MANY_ASSESSMENTS,
    /** 推卸责任、属地兜底: the department's own work shifted onto the grassroots. */
    SHIFTED_WORK,
    /** 会议过多. */
    TOO_MANY_MEETINGS,
    /** 材料报表过多、过度留痕. */
    EXCESSIVE_PAPERWORK,
    OTHER
}
