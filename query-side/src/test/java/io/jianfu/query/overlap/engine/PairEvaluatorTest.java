package io.jianfu.query.overlap.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.jianfu.query.overlap.engine.Meetings.concat;
import static io.jianfu.query.overlap.engine.Meetings.meeting;
import static io.jianfu.query.overlap.engine.Meetings.people;
import static org.assertj.core.api.Assertions.assertThat;

/** The evidence, rules, score and reason of one pair (overlap.md), starting with the article's case. */
class PairEvaluatorTest {

    private final PairEvaluator evaluator = new PairEvaluator(OverlapRules.defaults(), TopicDictionary.defaults());

    private final List<String> secretaries = people("社区书记", 1, 18);

    @Test
    void theArticlesCaseWarnsThroughPeopleDayAndFamilyAlthoughTheTitlesShareNoBigram() {
        MeetingFacts training = meeting("M-1", "区委组织部", "党员教育培训会", "2026-03-04T09:00:00+08:00", 120,
                concat(secretaries, List.of("组织部甲", "组织部乙")));
        MeetingFacts deployment = meeting("M-2", "区委社会工作部", "新兴领域党建部署会", "2026-03-04T14:30:00+08:00",
                120, concat(secretaries, List.of("社工部甲", "社工部乙")));

        OverlapWarning warning = evaluator.evaluate(training, deployment).orElseThrow();

        assertThat(warning.meetingId()).isEqualTo("M-2");
        assertThat(warning.otherMeetingId()).isEqualTo("M-1");
        assertThat(warning.reason()).isEqualTo("参会人重合 18/20 (90%); 同为周三上午/下午; 同属党建类 (党员, 党建)");
        assertThat(warning.reason()).contains("参会人重合 18/20", "周三", "党建");
        Evidence evidence = warning.evidence();
        assertThat(evidence.shared()).isEqualTo(18);
        assertThat(evidence.overlapCoefficient()).isEqualTo(0.9);
        assertThat(evidence.jaccard()).isEqualTo(18.0 / 22);
        assertThat(evidence.sharedAttendeeIds()).isEqualTo(secretaries);
        assertThat(evidence.timeRelation()).isEqualTo(Evidence.SAME_DAY);
        assertThat(evidence.daysApart()).isZero();
        assertThat(evidence.family()).isEqualTo("党建");
        assertThat(evidence.keywords()).containsExactly("党建");
        assertThat(evidence.otherKeywords()).containsExactly("党员");
        assertThat(evidence.wordSimilarity()).isZero();
        assertThat(evidence.sameOrganiser()).isFalse();
        assertThat(evidence.rules()).containsExactly(Evidence.RULE_SAME_DAY, Evidence.RULE_SAME_FAMILY);
        assertThat(warning.score()).isEqualTo(0.775);
        assertThat(evaluator.wordSimilarity("党员教育培训会", "新兴领域党建部署会")).isZero();
    }

    @Test
    void similarTitlesWithDisjointAttendeesAMonthApartDoNotWarn() {
        MeetingFacts first = meeting("M-1", "全区安全生产工作部署会", "2026-03-04T09:00:00+08:00", people("甲", 1, 20));
        MeetingFacts second = meeting("M-2", "全区安全生产工作推进会", "2026-04-03T09:00:00+08:00", people("乙", 1, 20));
        assertThat(evaluator.wordSimilarity(first.title(), second.title())).isEqualTo(1.0);

        assertThat(evaluator.evaluate(first, second)).isEmpty();
        MeetingFacts sameDayButOtherPeople = meeting("M-3", "全区安全生产工作推进会", "2026-03-04T14:30:00+08:00",
                people("乙", 1, 20));
        assertThat(evaluator.evaluate(first, sameDayButOtherPeople)).as("words are never the only reason").isEmpty();
    }

    @Test
    void pipeNetworkMeetingsShareTheFamilyNotTheWords() {
        MeetingFacts gas = meeting("M-1", "区城市管理局", "天然气管道铺装专题会议", "2026-05-11T09:00:00+08:00", 90,
                concat(people("镇街", 1, 8), List.of("城管甲")));
        MeetingFacts sewage = meeting("M-2", "区城市管理局", "污水管网整治工作会议", "2026-05-13T15:00:00+08:00", 90,
                concat(people("镇街", 1, 8), List.of("城管乙", "住建甲")));

        OverlapWarning warning = evaluator.evaluate(gas, sewage).orElseThrow();

        assertThat(warning.evidence().family()).isEqualTo("城市管网");
        assertThat(warning.evidence().otherKeywords()).containsExactly("管道");
        assertThat(warning.evidence().keywords()).containsExactly("管网", "污水");
        assertThat(warning.evidence().rules()).containsExactly(Evidence.RULE_SAME_FAMILY);
        assertThat(warning.reason()).isEqualTo("参会人重合 8/9 (89%); 相隔2天; 同属城市管网类 (管道, 管网, 污水); 同一办会单位");
    }

    @Test
    void aSmallMeetingNestedInALargeOneIsCaughtByTheOverlapCoefficient() {
        MeetingFacts large = meeting("M-1", "全区防汛工作动员会", "2026-06-02T09:00:00+08:00", people("P", 1, 40));
        MeetingFacts small = meeting("M-2", "城区排水调度会", "2026-06-02T10:00:00+08:00", people("P", 5, 8));

        Evidence evidence = evaluator.evaluate(large, small).orElseThrow().evidence();

        assertThat(evidence.overlapCoefficient()).isEqualTo(1.0);
        assertThat(evidence.jaccard()).isEqualTo(0.1);
        assertThat(evidence.timeRelation()).isEqualTo(Evidence.SAME_HALF_DAY);
        assertThat(evidence.rules()).contains(Evidence.RULE_SAME_DAY);
    }

    @Test
    void oneAndTwoPersonMeetingsNeverScore() {
        MeetingFacts one = meeting("M-1", "消防安全约谈", "2026-06-02T09:00:00+08:00", List.of("P01"));
        MeetingFacts same = meeting("M-2", "消防安全约谈", "2026-06-02T10:00:00+08:00", List.of("P01"));
        MeetingFacts two = meeting("M-3", "消防安全约谈", "2026-06-02T11:00:00+08:00", List.of("P01", "P02"));
        MeetingFacts twoAgain = meeting("M-4", "消防安全约谈", "2026-06-02T11:30:00+08:00", List.of("P02", "P01"));

        assertThat(evaluator.evaluate(one, same)).isEmpty();
        assertThat(evaluator.evaluate(two, twoAgain)).isEmpty();
    }

    @Test
    void similarWordsWarnWithModestOverlapWithinAWeek() {
        List<String> first = concat(people("P", 1, 4), people("Q", 1, 6));
        List<String> second = concat(people("P", 1, 4), people("R", 1, 6));
        MeetingFacts a = meeting("M-1", "城区道路交通秩序整治会", "2026-07-06T09:00:00+08:00", first);
        MeetingFacts b = meeting("M-2", "城区道路交通秩序整治推进会", "2026-07-11T09:00:00+08:00", second);
        MeetingFacts tooLate = meeting("M-3", "城区道路交通秩序整治推进会", "2026-07-14T09:00:00+08:00", second);

        OverlapWarning warning = evaluator.evaluate(a, b).orElseThrow();

        assertThat(warning.evidence().family()).isNull();
        assertThat(warning.evidence().wordSimilarity()).isEqualTo(1.0);
        assertThat(warning.evidence().rules()).containsExactly(Evidence.RULE_SIMILAR_WORDS);
        assertThat(warning.reason()).isEqualTo("参会人重合 4/10 (40%); 相隔5天; 标题议程相似度 1.00");
        assertThat(evaluator.evaluate(a, tooLate)).isEmpty();
    }

    @Test
    void theFamilyRuleStopsAfterThreeDays() {
        MeetingFacts a = meeting("M-1", "主题党日活动安排会", "2026-03-02T09:00:00+08:00", people("P", 1, 10));
        MeetingFacts threeDays = meeting("M-2", "三会一课落实情况通报会", "2026-03-05T09:00:00+08:00", people("P", 1, 10));
        MeetingFacts fourDays = meeting("M-3", "三会一课落实情况通报会", "2026-03-06T09:00:00+08:00", people("P", 1, 10));

        assertThat(evaluator.evaluate(a, threeDays).orElseThrow().evidence().rules())
                .containsExactly(Evidence.RULE_SAME_FAMILY);
        assertThat(evaluator.evaluate(a, fourDays)).isEmpty();
    }

    @Test
    void daysAndHalfDaysAreReadInDistrictTime() {
        MeetingFacts utcEvening = meeting("M-1", "党建工作例会", "2026-03-03T23:30:00Z", people("P", 1, 10));
        MeetingFacts morning = meeting("M-2", "党员大会", "2026-03-04T10:00:00+08:00", people("P", 1, 10));

        Optional<OverlapWarning> warning = evaluator.evaluate(utcEvening, morning);

        assertThat(warning).isPresent();
        assertThat(warning.get().evidence().timeRelation()).isEqualTo(Evidence.SAME_HALF_DAY);
        assertThat(warning.get().reason()).contains("同为周三上午");
        assertThat(warning.get().score()).isBetween(0.0, 1.0);
    }

    @Test
    void genericWordsArePunctuationNotWordsAndNoBigramSpansThem() {
        assertThat(evaluator.wordSimilarity("关于召开全区工作会议的通知", "会议")).isZero();
        assertThat(evaluator.wordSimilarity("甲乙会议丙丁", "乙丙")).isZero();
        assertThat(evaluator.wordSimilarity("《河长制》巡河", "河长制 巡河")).isEqualTo(1.0);
        assertThat(evaluator.wordSimilarity("ABC 管网", "abc管网")).isEqualTo(0.75);
    }

    @Test
    void aMeetingIsNeverComparedWithItself() {
        MeetingFacts a = meeting("M-1", "党建工作例会", "2026-03-04T09:00:00+08:00", people("P", 1, 10));
        assertThat(evaluator.evaluate(a, a)).isEmpty();
    }
}
