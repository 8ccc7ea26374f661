package io.jianfu.events.evaluation;

import java.util.List;

/**
 * One anonymous answer sheet (不记名). It names no person, unit, token or time, not even the day (a day with a single
 * answer would point at whoever was seen answering that day); it is stored with empty metadata when its campaign
 * closes, in shuffled order, so neither its position in the event stream nor its row's timestamp says when or by
 * whom it was given.
 */
public record EvaluationSubmitted(String campaignId, List<DepartmentAnswer> answers) {
}
