package io.jianfu.events.responsibility;

/**
 * The duty a pledge clause (责任状条款) gives the street or town: lead (牵头), full liability (兜底), cooperate (配合),
 * patrol and report (巡查上报), or a free text whose meaning is read from its words.
 */
public enum PledgeDuty {
    LEAD, FULL_LIABILITY, COOPERATE, PATROL_AND_REPORT, FREE_TEXT
}
