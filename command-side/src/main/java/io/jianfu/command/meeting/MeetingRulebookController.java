package io.jianfu.command.meeting;

import io.jianfu.command.common.CommandSender;
import io.jianfu.events.meeting.MeetingKind;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** ADMIN changes the meeting rules: overlap thresholds, the topic dictionary and the scale standards. */
@RestController
@RequestMapping("/api/settings")
public class MeetingRulebookController {
    private final CommandSender sender;

    public MeetingRulebookController(CommandSender sender) {
        this.sender = sender;
    }

    public record OverlapRulesRequest(Integer minShared, Double sameDayOverlap, Double familyOverlap,
                                      Integer familyMaxDaysApart, Double wordSimilarity, Double wordOverlap,
                                      Integer wordMaxDaysApart, Integer hubFanOut) {
    }

    public record TopicDictionaryRequest(Map<String, List<String>> families, List<String> genericWords) {
    }

    public record ScaleStandardRequest(Integer maxAttendees, Integer maxMinutes) {
    }

    @PutMapping("/overlap-rules")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void changeOverlapRules(@RequestBody OverlapRulesRequest rules) {
        sender.send(new ChangeOverlapRules(MeetingRulebook.ID, rules.minShared(), rules.sameDayOverlap(),
                                           rules.familyOverlap(), rules.familyMaxDaysApart(), rules.wordSimilarity(),
                                           rules.wordOverlap(), rules.wordMaxDaysApart(), rules.hubFanOut()));
    }

    @PutMapping("/topic-dictionary")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void changeTopicDictionary(@RequestBody TopicDictionaryRequest dictionary) {
        sender.send(new ChangeTopicDictionary(MeetingRulebook.ID, dictionary.families(), dictionary.genericWords()));
    }

    @PutMapping("/scale-standards/{kind}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void setScaleStandard(@PathVariable MeetingKind kind, @RequestBody ScaleStandardRequest standard) {
        sender.send(new SetScaleStandard(MeetingRulebook.ID, kind, standard.maxAttendees(), standard.maxMinutes()));
    }
}
