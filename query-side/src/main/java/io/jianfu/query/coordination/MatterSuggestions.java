package io.jianfu.query.coordination;

import io.jianfu.query.common.Limits;
import io.jianfu.query.responsibility.MatterVersion;
import io.jianfu.query.responsibility.MatterWords;
import io.jianfu.query.responsibility.ResponsibilityQueries;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/**
 * The listed matters a request's place and description fit best, among the versions in force on the day it was
 * raised, most alike first: what the street looks at before it routes a request that named no matter.
 */
@Component
public class MatterSuggestions {
    static final int MOST = 5;

    private final ResponsibilityQueries list;

    public MatterSuggestions(ResponsibilityQueries list) {
        this.list = list;
    }

    public List<MatterSuggestion> forRequest(CoordinationView request) {
        String words = request.description() + " " + request.place();
        return list.inForce(request.raisedAt().toLocalDate(), null, null, Limits.MOST).stream()
                   .map(matter -> suggestion(matter, MatterWords.similarity(words, matter.title(), matter.domain(),
                                                                            matter.streetDuty())))
                   .filter(suggestion -> suggestion.similarity() >= MatterWords.MATCH_THRESHOLD)
                   .sorted(Comparator.comparingDouble(MatterSuggestion::similarity).reversed()
                                     .thenComparing(MatterSuggestion::matterId))
                   .limit(MOST)
                   .toList();
    }

    private static MatterSuggestion suggestion(MatterVersion matter, double similarity) {
        return new MatterSuggestion(matter.id(), matter.version(), matter.domain(), matter.title(),
                                    matter.leadDepartmentCode(), matter.cooperatingDepartmentCodes(),
                                    matter.streetDuty(), Math.round(similarity * 1000) / 1000.0);
    }
}
