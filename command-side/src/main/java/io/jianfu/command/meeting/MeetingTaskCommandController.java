package io.jianfu.command.meeting;

import io.jianfu.command.common.CommandSender;
import io.jianfu.command.common.Created;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.OffsetDateTime;

/** Commands of 任务督办: assign a meeting's tasks, sign for them, report progress, complete them. */
@RestController
@RequestMapping("/api")
public class MeetingTaskCommandController {
    private final CommandSender sender;

    public MeetingTaskCommandController(CommandSender sender) {
        this.sender = sender;
    }

    public record AssignmentRequest(String id, String assigneeUnitCode, String description, OffsetDateTime deadline) {
    }

    public record ProgressRequest(String text, Integer percent) {
    }

    public record CompletionRequest(String summary) {
    }

    @PostMapping("/meetings/{meetingId}/tasks")
    public ResponseEntity<Created> assign(@PathVariable String meetingId, @RequestBody AssignmentRequest request,
                                          HttpServletRequest http,
                                          @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        String id = CommandSender.chooseId(request.id(), http.getRemoteUser(), key);
        var command = new AssignMeetingTask(id, meetingId, request.assigneeUnitCode(), request.description(),
                                            request.deadline());
        return sender.create(id, command, "/api/tasks/" + id, "Task id " + id + " is already taken.");
    }

    @PostMapping("/tasks/{id}/signature")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void sign(@PathVariable String id) {
        sender.send(new SignForTask(id));
    }

    @PostMapping("/tasks/{id}/progress")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void reportProgress(@PathVariable String id, @RequestBody ProgressRequest request) {
        sender.send(new ReportTaskProgress(id, request.text(), request.percent()));
    }

    @PostMapping("/tasks/{id}/completion")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void complete(@PathVariable String id, @RequestBody(required = false) CompletionRequest request) {
        sender.send(new CompleteTask(id, request == null ? null : request.summary()));
    }
}
