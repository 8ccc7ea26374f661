package io.jianfu.events.supervision;

import java.util.List;

/** One problem a bulletin names: what went wrong, at which unit, and the cases behind it. */
public record BulletinProblem(String description, String unitCode, List<String> caseIds) {
}
