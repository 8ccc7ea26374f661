package io.jianfu.events.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * One anonymous answer sheet (不记名). It names no person, unit, token or time finer than the day it was answered,
 * and it is stored with empty metadata when its campaign closes, in shuffled order, so neither its position in the
 * event stream nor its row's timestamp says when or by whom it was given.
 */
public record EvaluationSubmitted(String campaignId, LocalDate answeredOn, List<DepartmentAnswer> answers) {
}
