package io.jianfu.command.responsibility;

import io.jianfu.command.common.CommandSender;
import io.jianfu.command.common.Created;
import io.jianfu.command.common.ImportFailed;
import io.jianfu.command.common.ViewCatchUp;
import io.jianfu.command.directory.ImportResult;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/** Commands that keep the responsibility list (属地事项责任清单), ADMIN only. */
@RestController
@RequestMapping("/api/responsibilities")
public class ResponsibilityCommandController {
    private final CommandSender sender;
    private final ResponsibilityImport responsibilityImport;
    private final ViewCatchUp views;

    public ResponsibilityCommandController(CommandSender sender, ResponsibilityImport responsibilityImport,
                                           ViewCatchUp views) {
        this.sender = sender;
        this.responsibilityImport = responsibilityImport;
        this.views = views;
    }

    public record MatterRequest(String id, String domain, String title, String leadDepartmentCode,
                                List<String> cooperatingDepartmentCodes, String streetDuty,
                                List<String> procedureSteps, Integer timeLimitDays, String accountability,
                                LocalDate effectiveFrom) {
    }

    public record RetirementRequest(String reason, LocalDate effectiveOn) {
    }

    @PostMapping
    public ResponseEntity<Created> define(@RequestBody MatterRequest request, HttpServletRequest http,
                                          @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        String id = CommandSender.chooseId(request.id(), http.getRemoteUser(), key);
        var command = new DefineResponsibilityMatter(id, request.domain(), request.title(),
                                                     request.leadDepartmentCode(), request.cooperatingDepartmentCodes(),
                                                     request.streetDuty(), request.procedureSteps(),
                                                     request.timeLimitDays(), request.accountability(),
                                                     request.effectiveFrom());
        return sender.create(id, command, "/api/responsibilities/" + id + "/versions",
                             "Matter " + id + " is already defined.");
    }

    @PostMapping("/{id}/revisions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void revise(@PathVariable String id, @RequestBody MatterRequest request) {
        sender.send(new ReviseResponsibilityMatter(id, request.domain(), request.title(), request.leadDepartmentCode(),
                                                   request.cooperatingDepartmentCodes(), request.streetDuty(),
                                                   request.procedureSteps(), request.timeLimitDays(),
                                                   request.accountability(), request.effectiveFrom()));
    }

    @PostMapping("/{id}/retirement")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void retire(@PathVariable String id, @RequestBody RetirementRequest request) {
        sender.send(new RetireResponsibilityMatter(id, request.reason(), request.effectiveOn()));
    }

    @PostMapping(path = "/import", consumes = "text/csv")
    public ImportResult importMatters(HttpServletRequest request) {
        try {
            ImportResult result = responsibilityImport.importMatters(request.getReader());
            views.await();
            return result;
        } catch (IOException | UncheckedIOException unreadable) {
            throw new ImportFailed(1, "the body could not be read.");
        }
    }
}
