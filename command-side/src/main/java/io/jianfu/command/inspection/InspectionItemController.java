package io.jianfu.command.inspection;

import io.jianfu.command.common.CommandSender;
import io.jianfu.command.common.Created;
import io.jianfu.events.directory.UnitKind;
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

import java.util.List;

/** The annual inspection master list: departments propose and withdraw items, the supervision office decides. */
@RestController
@RequestMapping("/api/inspections/master-list")
public class InspectionItemController {
    private final CommandSender sender;

    public InspectionItemController(CommandSender sender) {
        this.sender = sender;
    }

    public record ItemRequest(String id, String departmentCode, Integer year, String title, String function,
                              List<String> targetUnitCodes, List<UnitKind> targetUnitKinds, List<Integer> months,
                              Integer inspectionsPerMonth) {
    }

    public record ReasonRequest(String reason) {
    }

    @PostMapping
    public ResponseEntity<Created> propose(@RequestBody ItemRequest request, HttpServletRequest http,
                                           @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        String id = CommandSender.chooseId(request.id(), http.getRemoteUser(), key);
        var command = new ProposeInspectionItem(id, request.departmentCode(), request.year(), request.title(),
                                                request.function(), request.targetUnitCodes(),
                                                request.targetUnitKinds(), request.months(),
                                                request.inspectionsPerMonth());
        return sender.create(id, command, "/api/inspections/master-list/" + id, "Item " + id + " already exists.");
    }

    @PostMapping("/{id}/approval")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void approve(@PathVariable String id) {
        sender.send(new ApproveInspectionItem(id));
    }

    @PostMapping("/{id}/rejection")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void reject(@PathVariable String id, @RequestBody ReasonRequest request) {
        sender.send(new RejectInspectionItem(id, request.reason()));
    }

    @PostMapping("/{id}/withdrawal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void withdraw(@PathVariable String id) {
        sender.send(new WithdrawInspectionItem(id));
    }
}
