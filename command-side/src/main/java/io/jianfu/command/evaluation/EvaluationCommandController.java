package io.jianfu.command.evaluation;

import io.jianfu.command.common.CommandSender;
import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.Roles;
import io.jianfu.command.common.ViewCatchUp;
import io.jianfu.events.evaluation.DepartmentAnswer;
import io.jianfu.events.evaluation.RespondentQuota;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * Reverse evaluations (基层反向评价): DISCIPLINE launches and closes them; anyone holding an unused token answers,
 * without signing in (the one endpoint open to anonymous callers).
 */
@RestController
@RequestMapping("/api/evaluations")
public class EvaluationCommandController {
    private final CommandGateway gateway;
    private final CommandSender sender;
    private final ViewCatchUp views;
    private final AnswerLinks links;
    private final Ballots ballots;

    public EvaluationCommandController(CommandGateway gateway, CommandSender sender, ViewCatchUp views,
                                       AnswerLinks links, Ballots ballots) {
        this.gateway = gateway;
        this.sender = sender;
        this.views = views;
        this.links = links;
        this.ballots = ballots;
    }

    public record CampaignRequest(String id, String title, LocalDate periodStart, LocalDate periodEnd,
                                  List<String> evaluatedDepartmentCodes, List<RespondentQuota> respondents) {
    }

    public record LaunchedCampaign(String id, List<TokenLink> tokens) {
    }

    public record TokenLink(String respondentUnitCode, String token, String link) {
    }

    public record AnswerSheet(String token, List<DepartmentAnswer> answers) {
    }

    public record TokenRequest(String token) {
    }

    /** 201 with every token, once; a repeat cannot show them again and is a 409. */
    @PostMapping
    public ResponseEntity<LaunchedCampaign> launch(@RequestBody CampaignRequest request, HttpServletRequest http,
                                                   @RequestHeader(name = "Idempotency-Key", required = false)
                                                   String key) {
        String id = CommandSender.chooseId(request.id(), http.getRemoteUser(), key);
        IssuedTokens issued = gateway.sendAndWait(new LaunchEvaluationCampaign(
                id, request.title(), request.periodStart(), request.periodEnd(), request.evaluatedDepartmentCodes(),
                request.respondents()));
        views.await();
        List<TokenLink> tokens = issued.tokens().stream().map(t -> new TokenLink(
                t.respondentUnitCode(), t.token(), links.link(id, t.token()))).toList();
        return ResponseEntity.created(URI.create("/api/evaluations/" + id))
                             .cacheControl(CacheControl.noStore())
                             .body(new LaunchedCampaign(id, tokens));
    }

    /** Anonymous. 202: held until the campaign closes, then stored without any trace of who or when. */
    @PostMapping("/{id}/answers")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public void answer(@PathVariable String id, @RequestBody AnswerSheet sheet) {
        gateway.sendAndWait(new SubmitEvaluation(id, sheet.token(), sheet.answers()));
    }

    @PostMapping("/{id}/closing")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void close(@PathVariable String id) {
        sender.send(new CloseEvaluationCampaign(id));
    }

    /**
     * The QR code of one token as a PNG, for DISCIPLINE while the campaign is open. The token travels in the body,
     * never in a URL; whether it was used is not revealed.
     */
    @PostMapping(value = "/{id}/qr-codes", produces = MediaType.IMAGE_PNG_VALUE)
    public ResponseEntity<byte[]> qrCode(@PathVariable String id, @RequestBody TokenRequest request,
                                         HttpServletRequest http) {
        if (!http.isUserInRole(Roles.DISCIPLINE)) {
            throw new Forbidden("Only DISCIPLINE may print a campaign's QR codes.");
        }
        byte[] salt = ballots.salt(id).orElseThrow(() -> new UnknownEvaluationToken(id));
        if (!EvaluationTokens.isWellFormed(request.token())
                || !ballots.holds(id, EvaluationTokens.hash(salt, request.token()))) {
            throw new UnknownEvaluationToken(id);
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                             .body(QrCodes.png(links.link(id, request.token())));
    }
}
