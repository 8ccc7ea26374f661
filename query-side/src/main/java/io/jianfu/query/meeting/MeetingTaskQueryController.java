package io.jianfu.query.meeting;

import io.jianfu.query.common.Limits;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/** Queries of 任务督办: which tasks are unsigned, due soon, overdue, in progress or done, and one task in full. */
@RestController
@RequestMapping("/api/tasks")
public class MeetingTaskQueryController {
    private final MeetingTaskQueries tasks;

    public MeetingTaskQueryController(MeetingTaskQueries tasks) {
        this.tasks = tasks;
    }

    /** Tasks assigned to or by {@code unit}, optionally of one {@code meeting} and in one {@code state}. */
    @GetMapping
    public List<MeetingTaskSummary> tasks(@RequestParam(required = false) String unit,
                                          @RequestParam(required = false) String meeting,
                                          @RequestParam(required = false) TaskState state,
                                          @RequestParam(required = false) Integer limit) {
        return tasks.tasks(blankToNull(unit), blankToNull(meeting), state, Limits.of(limit));
    }

    @GetMapping("/{id}")
    public MeetingTaskDetails task(@PathVariable String id) {
        return tasks.task(id).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No task " + id + "."));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
