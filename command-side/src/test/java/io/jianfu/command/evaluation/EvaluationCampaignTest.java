package io.jianfu.command.evaluation;

import io.jianfu.command.common.Conflict;
import io.jianfu.command.common.Forbidden;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.InMemoryDirectory;
import io.jianfu.events.directory.UnitKind;
import io.jianfu.events.evaluation.DepartmentAnswer;
import io.jianfu.events.evaluation.EvaluationCampaignClosed;
import io.jianfu.events.evaluation.EvaluationCampaignLaunched;
import io.jianfu.events.evaluation.EvaluationIssue;
import io.jianfu.events.evaluation.EvaluationSubmitted;
import org.axonframework.eventhandling.EventMessage;
import io.jianfu.events.evaluation.EvaluationVerdict;
import io.jianfu.events.evaluation.RespondentQuota;
import io.jianfu.command.common.InvalidCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.jianfu.command.common.CommandTestSupport.actor;
import static io.jianfu.command.common.CommandTestSupport.invalidField;
import static io.jianfu.command.common.CommandTestSupport.staffOf;
import static org.assertj.core.api.Assertions.assertThat;

/** Launching, answering and closing a reverse evaluation (基层反向评价), with the ballot box in memory. */
class EvaluationCampaignTest {
    static final String ID = "ev-1";
    static final String DEPT = "500109100";
    static final String TOWN = "500109001";
    static final String TOKEN = "abcdefghijklmnopqrstuvwxyz0";
    static final LocalDate START = LocalDate.of(2031, 1, 1);
    static final LocalDate END = LocalDate.of(2031, 1, 31);

    private final InMemoryDirectory directory = new InMemoryDirectory().withUnit(DEPT, UnitKind.DEPARTMENT)
                                                                       .withUnit(TOWN, UnitKind.TOWN);
    private final InMemoryBallots ballots = new InMemoryBallots();
    private AggregateTestFixture<EvaluationCampaign> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EvaluationCampaign.class);
        fixture.registerAnnotatedCommandHandler(new EvaluationLauncher(fixture.getRepository(), directory, ballots));
        fixture.registerAnnotatedCommandHandler(new EvaluationBallotBox(fixture.getRepository(), ballots));
        fixture.registerAnnotatedCommandHandler(new EvaluationCloser(fixture.getRepository(), ballots,
                                                                     fixture.getEventBus()));
    }

    private static Map<String, Object> discipline() {
        return actor("jw", "500109900", "DISCIPLINE");
    }

    private static LaunchEvaluationCampaign launch(int answers) {
        return new LaunchEvaluationCampaign(ID, "一月评价", START, END, List.of(DEPT),
                                            List.of(new RespondentQuota(TOWN, answers)));
    }

    private static EvaluationCampaignLaunched launched() {
        return new EvaluationCampaignLaunched(ID, "一月评价", START, END, List.of(DEPT),
                                              List.of(new RespondentQuota(TOWN, 5)));
    }

    private void openBallotWith(String token) {
        byte[] salt = EvaluationTokens.newSalt();
        ballots.open(ID, salt, List.of(EvaluationTokens.hash(salt, token)));
    }

    private static SubmitEvaluation sheet(String token, String department) {
        return new SubmitEvaluation(ID, token, List.of(new DepartmentAnswer(
                department, EvaluationVerdict.BAD, List.of(EvaluationIssue.TOO_MANY_INSPECTIONS), " 太多 ")));
    }

    @Test
    void disciplineLaunchesAndReceivesTokensWhoseHashesAloneAreKept() {
        fixture.givenNoPriorActivity()
               .when(launch(5), discipline())
               .expectEvents(launched())
               .expectResultMessagePayloadMatching(org.hamcrest.Matchers.instanceOf(IssuedTokens.class));
        assertThat(ballots.tokens.get(ID)).hasSize(5);
        assertThat(ballots.tokens.get(ID).keySet()).allSatisfy(hash -> assertThat(hash.remaining()).isEqualTo(32));
    }

    @Test
    void onlyDisciplineLaunches() {
        fixture.givenNoPriorActivity().when(launch(5), staffOf(DEPT)).expectException(Forbidden.class)
               .expectNoEvents();
        assertThat(ballots.exists(ID)).isFalse();
    }

    @Test
    void fewerThanFiveAnswersInAllIsRefused() {
        fixture.givenNoPriorActivity().when(launch(4), discipline()).expectException(RuleViolation.class)
               .expectNoEvents();
    }

    @Test
    void theRespondentsMustBeGrassrootsUnits() {
        var command = new LaunchEvaluationCampaign(ID, "一月评价", START, END, List.of(DEPT),
                                                   List.of(new RespondentQuota(DEPT, 5)));
        fixture.givenNoPriorActivity().when(command, discipline()).expectException(RuleViolation.class);
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsInvalid() {
        var command = new LaunchEvaluationCampaign(ID, "一月评价", END, START, List.of(DEPT),
                                                   List.of(new RespondentQuota(TOWN, 5)));
        fixture.givenNoPriorActivity().when(command, discipline())
               .expectException(InvalidCommand.class)
               .expectException(invalidField("periodEnd", "must not be before periodStart"));
    }

    @Test
    void aTokenAnswersOnceAndTheAnswerIsHeldWithoutAnyEvent() {
        openBallotWith(TOKEN);
        fixture.given(launched()).when(sheet(TOKEN, DEPT)).expectSuccessfulHandlerExecution().expectNoEvents();
        assertThat(ballots.held.get(ID)).hasSize(1);
        assertThat(ballots.held.get(ID).get(0).answers().get(0).comment()).isEqualTo("太多");
        assertThat(ballots.tokens.get(ID).values()).containsExactly(true);
    }

    @Test
    void aUsedTokenIsAConflict() {
        openBallotWith(TOKEN);
        ballots.consume(ID, EvaluationTokens.hash(ballots.salts.get(ID), TOKEN));
        fixture.given(launched()).when(sheet(TOKEN, DEPT)).expectException(Conflict.class).expectNoEvents();
        assertThat(ballots.held.get(ID)).isNull();
    }

    @Test
    void aForgedTokenIsUnknown() {
        openBallotWith(TOKEN);
        fixture.given(launched()).when(sheet("zbcdefghijklmnopqrstuvwxyz0", DEPT))
               .expectException(UnknownEvaluationToken.class);
        assertThat(ballots.tokens.get(ID).values()).containsExactly(false);
    }

    @Test
    void aSheetAboutADepartmentNotEvaluatedLeavesTheTokenUnused() {
        openBallotWith(TOKEN);
        fixture.given(launched()).when(sheet(TOKEN, "500109999")).expectException(RuleViolation.class);
        assertThat(ballots.tokens.get(ID).values()).containsExactly(false);
    }

    @Test
    void aClosedCampaignTakesNoAnswers() {
        openBallotWith(TOKEN);
        fixture.given(launched(), new EvaluationCampaignClosed(ID, 0)).when(sheet(TOKEN, DEPT))
               .expectException(RuleViolation.class);
        assertThat(ballots.tokens.get(ID).values()).containsExactly(false);
    }

    @Test
    void closingWithNoHeldAnswersReleasesNoneAndBurnsTheBallot() {
        openBallotWith(TOKEN);
        fixture.given(launched()).when(new CloseEvaluationCampaign(ID), discipline())
               .expectEvents(new EvaluationCampaignClosed(ID, 0));
        assertThat(ballots.exists(ID)).isFalse();
        assertThat(ballots.tokens).doesNotContainKey(ID);
    }

    @Test
    void closingReleasesTheHeldAnswersWithEmptyMetadata() {
        openBallotWith(TOKEN);
        List<DepartmentAnswer> answers = List.of(new DepartmentAnswer(DEPT, EvaluationVerdict.GOOD, List.of(), null));
        ballots.hold(ID, new Ballots.HeldAnswer(answers));
        ballots.hold(ID, new Ballots.HeldAnswer(answers));
        EvaluationSubmitted submitted = new EvaluationSubmitted(ID, answers);
        fixture.given(launched()).when(new CloseEvaluationCampaign(ID), discipline())
               .expectEvents(new EvaluationCampaignClosed(ID, 2), submitted, submitted)
               .expectEventsMatching(org.axonframework.test.matchers.Matchers.<Object>exactSequenceOf(
                       org.hamcrest.Matchers.anything(),
                       metadataIsEmpty(), metadataIsEmpty(), org.axonframework.test.matchers.Matchers.andNoMore()));
        assertThat(ballots.held).doesNotContainKey(ID);
    }

    private static org.hamcrest.Matcher<Object> metadataIsEmpty() {
        return new org.hamcrest.BaseMatcher<>() {
            @Override
            public boolean matches(Object event) {
                return event instanceof EventMessage<?> message && message.getMetaData().isEmpty();
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("an event with empty metadata");
            }
        };
    }

    @Test
    void onlyDisciplineCloses() {
        fixture.given(launched()).when(new CloseEvaluationCampaign(ID), staffOf(DEPT))
               .expectException(Forbidden.class).expectNoEvents();
    }
}
