package io.jianfu.command.coordination;

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
import java.util.List;

/** Commands on coordination requests (吹哨报到): raise, route, report for duty, plan, solve, rate, complain. */
@RestController
@RequestMapping("/api/coordination-requests")
public class CoordinationCommandController {
    private final CommandSender sender;

    public CoordinationCommandController(CommandSender sender) {
        this.sender = sender;
    }

    public record RaiseRequest(String id, String raisedByUnitCode, String streetCode, String place,
                               String description, String matterId, OffsetDateTime raisedAt) {
    }

    public record RoutingRequest(String matterId, String leadDepartmentCode, List<String> cooperatingDepartmentCodes,
                                 String streetDuty, String note) {
    }

    public record DutyReport(String departmentCode, OffsetDateTime arrivedAt) {
    }

    public record PlanRequest(String publishedByUnitCode, String plan, OffsetDateTime publishedAt) {
    }

    public record ResolutionRequest(String summary, OffsetDateTime resolvedAt) {
    }

    public record RatingRequest(Boolean satisfied, String comment) {
    }

    public record ComplaintRequest(String complainantUnitCode, String departmentCode, String description,
                                   OffsetDateTime complainedAt) {
    }

    @PostMapping
    public ResponseEntity<Created> raise(@RequestBody RaiseRequest request, HttpServletRequest http,
                                         @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        String id = CommandSender.chooseId(request.id(), http.getRemoteUser(), key);
        var command = new RaiseCoordinationRequest(id, request.raisedByUnitCode(), request.streetCode(),
                                                   request.place(), request.description(), request.matterId(),
                                                   request.raisedAt());
        return sender.create(id, command, "/api/coordination-requests/" + id,
                             "Coordination request " + id + " is already raised.");
    }

    @PostMapping("/{id}/routing")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void route(@PathVariable String id, @RequestBody RoutingRequest request) {
        sender.send(new RouteCoordinationRequest(id, request.matterId(), request.leadDepartmentCode(),
                                                 request.cooperatingDepartmentCodes(), request.streetDuty(),
                                                 request.note()));
    }

    @PostMapping("/{id}/duty-reports")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void reportForDuty(@PathVariable String id, @RequestBody DutyReport request) {
        sender.send(new ReportForDuty(id, request.departmentCode(), request.arrivedAt()));
    }

    @PostMapping("/{id}/remedy-plan")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void publishPlan(@PathVariable String id, @RequestBody PlanRequest request) {
        sender.send(new PublishRemedyPlan(id, request.publishedByUnitCode(), request.plan(), request.publishedAt()));
    }

    @PostMapping("/{id}/resolution")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void resolve(@PathVariable String id, @RequestBody ResolutionRequest request) {
        sender.send(new ResolveCoordinationRequest(id, request.summary(), request.resolvedAt()));
    }

    @PostMapping("/{id}/rating")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void rate(@PathVariable String id, @RequestBody RatingRequest request) {
        sender.send(new RateCoordinationRequest(id, request.satisfied(), request.comment()));
    }

    @PostMapping("/{id}/complaints")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void complain(@PathVariable String id, @RequestBody ComplaintRequest request) {
        sender.send(new RecordBuckPassingComplaint(id, request.complainantUnitCode(), request.departmentCode(),
                                                   request.description(), request.complainedAt()));
    }
}
