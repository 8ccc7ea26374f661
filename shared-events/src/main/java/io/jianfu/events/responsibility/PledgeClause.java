package io.jianfu.events.responsibility;

/** One clause of a responsibility pledge: the listed matter where it names one, the duty, and the clause's words. */
public record PledgeClause(String matterId, PledgeDuty duty, String text) {
}
