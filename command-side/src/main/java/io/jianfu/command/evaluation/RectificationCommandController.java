package io.jianfu.command.evaluation;

import io.jianfu.command.common.CommandSender;
import io.jianfu.command.common.Created;
import io.jianfu.events.evaluation.EvaluationIssue;
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

import java.time.LocalDate;

/** Rectification orders from reverse evaluations: DISCIPLINE orders, STAFF of the department report. */
@RestController
@RequestMapping("/api/rectifications")
public class RectificationCommandController {
    private final CommandSender sender;

    public RectificationCommandController(CommandSender sender) {
        this.sender = sender;
    }

    public record OrderRequest(String id, String campaignId, String departmentCode, String finding,
                               EvaluationIssue issue, LocalDate dueOn) {
    }

    public record ReportRequest(String report, LocalDate rectifiedOn) {
    }

    @PostMapping
    public ResponseEntity<Created> order(@RequestBody OrderRequest request, HttpServletRequest http,
                                         @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        String id = CommandSender.chooseId(request.id(), http.getRemoteUser(), key);
        var command = new OrderRectification(id, request.campaignId(), request.departmentCode(), request.finding(),
                                             request.issue(), request.dueOn());
        return sender.create(id, command, "/api/rectifications/" + id, "Rectification order " + id
                + " already exists.");
    }

    @PostMapping("/{id}/report")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void report(@PathVariable String id, @RequestBody ReportRequest request) {
        sender.send(new ReportRectification(id, request.report(), request.rectifiedOn()));
    }
}
