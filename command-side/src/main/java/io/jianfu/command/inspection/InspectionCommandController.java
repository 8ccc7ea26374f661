package io.jianfu.command.inspection;

import io.jianfu.command.common.CommandSender;
import io.jianfu.command.common.Created;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Inspections (督查检查): requests, 一事一报 decisions, monthly consolidation and publication, refusals by the
 * inspected units and halts by the discipline office; and the inspection rules ADMIN keeps.
 */
@RestController
@RequestMapping("/api")
public class InspectionCommandController {
    private final CommandSender sender;

    public InspectionCommandController(CommandSender sender) {
        this.sender = sender;
    }

    public record InspectionRequest(String id, String departmentCode, String title, String function,
                                    List<String> targetUnitCodes, LocalDate windowStart, LocalDate windowEnd,
                                    String planItemId, String emergencyCategory) {
    }

    public record ReasonRequest(String reason) {
    }

    public record RefusalRequest(String unitCode, String reason) {
    }

    public record HaltRequest(String reason, String rectification) {
    }

    public record UnreportedRequest(String id, String unitCode, String departmentCode, LocalDate date,
                                    String description) {
    }

    public record RulesRequest(List<String> emergencyCategories, Integer maxGroupSize,
                               Integer sameFunctionMaxDaysApart) {
    }

    @PostMapping("/inspections")
    public ResponseEntity<Created> request(@RequestBody InspectionRequest request, HttpServletRequest http,
                                           @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        String id = CommandSender.chooseId(request.id(), http.getRemoteUser(), key);
        var command = new RequestInspection(id, request.departmentCode(), request.title(), request.function(),
                                            request.targetUnitCodes(), request.windowStart(), request.windowEnd(),
                                            request.planItemId(), request.emergencyCategory());
        return sender.create(id, command, "/api/inspections/" + id, "Inspection " + id + " already exists.");
    }

    @PostMapping("/inspections/{id}/approval")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void approve(@PathVariable String id) {
        sender.send(new ApproveInspection(id));
    }

    @PostMapping("/inspections/{id}/rejection")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void reject(@PathVariable String id, @RequestBody ReasonRequest request) {
        sender.send(new RejectInspection(id, request.reason()));
    }

    @PostMapping("/inspections/{id}/refusals")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void refuse(@PathVariable String id, @RequestBody RefusalRequest request) {
        sender.send(new RefuseInspection(id, request.unitCode(), request.reason()));
    }

    @PostMapping("/inspections/{id}/halt")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void halt(@PathVariable String id, @RequestBody HaltRequest request) {
        sender.send(new HaltInspection(id, request.reason(), request.rectification()));
    }

    @PostMapping("/inspections/months/{month}/consolidation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void consolidate(@PathVariable String month) {
        YearMonth parsed = InspectionMonths.parse(month);
        sender.send(new ConsolidateMonthlyInspections(InspectionMonths.idOf(parsed), parsed.toString()));
    }

    @PostMapping("/inspections/months/{month}/publication")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void publish(@PathVariable String month) {
        YearMonth parsed = InspectionMonths.parse(month);
        sender.send(new PublishMonthlyInspectionList(InspectionMonths.idOf(parsed), parsed.toString()));
    }

    @PostMapping("/inspections/unreported")
    public ResponseEntity<Created> recordUnreported(@RequestBody UnreportedRequest request, HttpServletRequest http,
                                                    @RequestHeader(name = "Idempotency-Key", required = false)
                                                    String key) {
        String id = CommandSender.chooseId(request.id(), http.getRemoteUser(), key);
        var command = new RecordUnreportedInspection(id, request.unitCode(), request.departmentCode(), request.date(),
                                                     request.description());
        return sender.create(id, command, "/api/inspections/unreported/" + id, "Record " + id + " already exists.");
    }

    @PostMapping("/inspections/unreported/{id}/halt")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void haltUnreported(@PathVariable String id, @RequestBody HaltRequest request) {
        sender.send(new HaltUnreportedInspection(id, request.reason(), request.rectification()));
    }

    @PutMapping("/settings/inspection-rules")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void changeRules(@RequestBody RulesRequest rules) {
        sender.send(new ChangeInspectionRules(InspectionRulebook.ID, rules.emergencyCategories(), rules.maxGroupSize(),
                                              rules.sameFunctionMaxDaysApart()));
    }
}
