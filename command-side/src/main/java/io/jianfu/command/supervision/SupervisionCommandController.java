package io.jianfu.command.supervision;

import io.jianfu.command.common.CommandSender;
import io.jianfu.command.common.Created;
import io.jianfu.events.supervision.BulletinProblem;
import io.jianfu.events.supervision.CaseBasis;
import io.jianfu.events.supervision.EvidenceLink;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** The discipline office's commands: supervision cases (监督案件) and bulletins (通报). */
@RestController
public class SupervisionCommandController {
    private final CommandSender sender;

    public SupervisionCommandController(CommandSender sender) {
        this.sender = sender;
    }

    public record CaseRequest(String id, String subjectUnitCode, CaseBasis basis, String problem,
                              List<EvidenceLink> evidence, List<String> involvedCadreIds, LocalDate openedOn) {
    }

    public record InterviewRequest(List<String> cadreIds, LocalDate heldOn, String outcome) {
    }

    public record DisciplineRequest(List<String> cadreIds, String measure, LocalDate decidedOn) {
    }

    public record ClosingRequest(String conclusion, LocalDate closedOn) {
    }

    public record BulletinRequest(String id, String title, LocalDate periodFrom, LocalDate periodTo,
                                  LocalDate issuedOn, List<BulletinProblem> problems) {
    }

    @PostMapping("/api/supervision/cases")
    public ResponseEntity<Created> open(@RequestBody CaseRequest request, HttpServletRequest http,
                                        @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        String id = CommandSender.chooseId(request.id(), http.getRemoteUser(), key);
        var command = new OpenSupervisionCase(id, request.subjectUnitCode(), request.basis(), request.problem(),
                                              request.evidence(), request.involvedCadreIds(), request.openedOn());
        return sender.create(id, command, "/api/supervision/cases/" + id, "Case " + id + " is already open.");
    }

    @PostMapping("/api/supervision/cases/{id}/interviews")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void interview(@PathVariable String id, @RequestBody InterviewRequest request) {
        sender.send(new RecordInterview(id, request.cadreIds(), request.heldOn(), request.outcome()));
    }

    @PostMapping("/api/supervision/cases/{id}/disciplinary-actions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void discipline(@PathVariable String id, @RequestBody DisciplineRequest request) {
        sender.send(new RecordDisciplinaryAction(id, request.cadreIds(), request.measure(), request.decidedOn()));
    }

    @PostMapping("/api/supervision/cases/{id}/closing")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void close(@PathVariable String id, @RequestBody ClosingRequest request) {
        sender.send(new CloseSupervisionCase(id, request.conclusion(), request.closedOn()));
    }

    @PostMapping("/api/supervision/bulletins")
    public ResponseEntity<Created> issue(@RequestBody BulletinRequest request, HttpServletRequest http,
                                         @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        String id = CommandSender.chooseId(request.id(), http.getRemoteUser(), key);
        var command = new IssueBulletin(id, request.title(), request.periodFrom(), request.periodTo(),
                                        request.issuedOn(), request.problems());
        return sender.create(id, command, "/api/supervision/bulletins/" + id, "Bulletin " + id + " is already issued.");
    }
}
