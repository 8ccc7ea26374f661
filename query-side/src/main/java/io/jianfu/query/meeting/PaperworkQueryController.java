package io.jianfu.query.meeting;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Queries of the paperless meeting (无纸化会务): the paperwork of one meeting, for any signed-in user. */
@RestController
@RequestMapping("/api")
public class PaperworkQueryController {
    private final MeetingPaperworkQueries paperwork;

    public PaperworkQueryController(MeetingPaperworkQueries paperwork) {
        this.paperwork = paperwork;
    }

    @GetMapping("/meetings/{id}/paperwork")
    public Paperwork paperwork(@PathVariable String id) {
        return paperwork.paperwork(id).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No meeting " + id + "."));
    }
}
