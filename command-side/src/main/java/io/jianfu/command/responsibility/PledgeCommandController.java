package io.jianfu.command.responsibility;

import io.jianfu.command.common.CommandSender;
import io.jianfu.command.common.Created;
import io.jianfu.events.responsibility.PledgeClause;
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
import java.util.List;

/** Commands on responsibility pledges (责任状): filed and amended by the issuing department, judged by DISCIPLINE. */
@RestController
@RequestMapping("/api/pledges")
public class PledgeCommandController {
    private final CommandSender sender;

    public PledgeCommandController(CommandSender sender) {
        this.sender = sender;
    }

    public record PledgeRequest(String id, String issuingDepartmentCode, String targetUnitCode, Integer year,
                                LocalDate filedOn, List<PledgeClause> clauses) {
    }

    public record AmendmentRequest(List<PledgeClause> clauses, String reason) {
    }

    public record ReasonRequest(String reason) {
    }

    @PostMapping
    public ResponseEntity<Created> file(@RequestBody PledgeRequest request, HttpServletRequest http,
                                        @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        String id = CommandSender.chooseId(request.id(), http.getRemoteUser(), key);
        var command = new FileResponsibilityPledge(id, request.issuingDepartmentCode(), request.targetUnitCode(),
                                                   request.year(), request.filedOn(), request.clauses());
        return sender.create(id, command, "/api/pledges/" + id, "Pledge " + id + " is already filed.");
    }

    @PostMapping("/{id}/amendments")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void amend(@PathVariable String id, @RequestBody AmendmentRequest request) {
        sender.send(new AmendResponsibilityPledge(id, request.clauses(), request.reason()));
    }

    @PostMapping("/{id}/revocation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void revoke(@PathVariable String id, @RequestBody ReasonRequest request) {
        sender.send(new RevokeResponsibilityPledge(id, request.reason()));
    }

    @PostMapping("/{id}/upholding")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void uphold(@PathVariable String id, @RequestBody ReasonRequest request) {
        sender.send(new UpholdResponsibilityPledge(id, request.reason()));
    }
}
