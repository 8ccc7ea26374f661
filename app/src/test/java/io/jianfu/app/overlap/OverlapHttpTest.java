package io.jianfu.app.overlap;

import io.jianfu.app.support.Http;
import io.jianfu.app.support.HttpTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.jianfu.app.support.Meetings.meeting;
import static io.jianfu.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** 建议合并: the article's case warns, unrelated meetings do not, and the organiser merges or dismisses. */
class OverlapHttpTest extends HttpTestBase {
    static final OffsetDateTime WEDNESDAY_MORNING = OffsetDateTime.parse("2026-03-04T09:00:00+08:00");
    static final OffsetDateTime WEDNESDAY_AFTERNOON = OffsetDateTime.parse("2026-03-04T14:30:00+08:00");

    private String street;
    private List<String> secretaries;
    private Http.Credentials staff;

    @BeforeEach
    void street() {
        street = directory.unit("STREET");
        secretaries = directory.cadres(street, 22);
        staff = directory.user(street, "STAFF");
    }

    @Test
    void theArticlesTwoPartyMeetingsOnOneWednesdayWarnWithTheSharedPeopleTheDayAndTheFamily() {
        String training = schedule("党员教育培训会", "学习党章党规", WEDNESDAY_MORNING, secretaries.subList(0, 20));
        List<String> deploymentPeople = new ArrayList<>(secretaries.subList(0, 18));
        deploymentPeople.addAll(secretaries.subList(20, 22));
        String deployment = schedule("新兴领域党建部署会", "部署新兴领域党建工作", WEDNESDAY_AFTERNOON, deploymentPeople);

        JsonNode page = http.get(staff, "/api/meetings/" + deployment + "/overlaps").body();
        assertThat(page.get("warnings")).hasSize(1);
        JsonNode warning = page.get("warnings").get(0);
        assertThat(warning.get("meeting").get("id").asString()).isEqualTo(deployment);
        assertThat(warning.get("other").get("id").asString()).isEqualTo(training);
        assertThat(warning.get("status").asString()).isEqualTo("OPEN");
        assertThat(warning.get("reason").asString()).contains("参会人重合 18/20", "周三", "党建");
        assertThat(warning.get("evidence").get("shared").asInt()).isEqualTo(18);
        assertThat(warning.get("evidence").get("sharedAttendeeIds")).hasSize(18);
        assertThat(warning.get("suggestedTitle").asString()).isEqualTo("党员教育培训会暨新兴领域党建部署会");
        assertThat(http.get(staff, "/api/meetings/" + training + "/overlaps").body().get("warnings")).hasSize(1);
        JsonNode listed = http.get(staff, "/api/overlaps?status=OPEN&unit=" + street + "&from=2026-03-04&to=2026-03-04")
                              .body();
        assertThat(listed).hasSize(1);
    }

    @Test
    void similarTitlesWithDisjointPeopleAMonthApartDoNotWarn() {
        String first = schedule("安全生产工作会议", "部署安全生产检查", WEDNESDAY_MORNING, secretaries.subList(0, 10));
        String second = schedule("安全生产工作会议", "部署安全生产检查", WEDNESDAY_MORNING.plusMonths(1),
                                 secretaries.subList(10, 20));
        assertThat(http.get(staff, "/api/meetings/" + first + "/overlaps").body().get("warnings")).isEmpty();
        assertThat(http.get(staff, "/api/meetings/" + second + "/overlaps").body().get("warnings")).isEmpty();
    }

    @Test
    void mergingCancelsTheSourcesSchedulesAjoinedMeetingAndMarksTheWarningMerged() {
        String training = schedule("党员教育培训会", "", WEDNESDAY_MORNING, secretaries.subList(0, 20));
        String deployment = schedule("新兴领域党建部署会", "", WEDNESDAY_AFTERNOON, secretaries.subList(2, 22));
        long before = storedEvents();

        Http.Response merged = http.post(staff, "/api/meetings/merges",
                                         Map.of("sourceMeetingIds", List.of(training, deployment),
                                                "venue", "街道大会议室"));
        assertThat(merged.status()).as(merged.body().toString()).isEqualTo(201);
        String mergedId = merged.body().get("id").asString();
        assertThat(storedEvents()).isEqualTo(before + 4);

        JsonNode meeting = http.get(staff, "/api/meetings/" + mergedId).body();
        assertThat(meeting.get("title").asString()).isEqualTo("党员教育培训会暨新兴领域党建部署会");
        assertThat(meeting.get("attendees")).hasSize(22);
        assertThat(meeting.get("venue").asString()).isEqualTo("街道大会议室");
        assertThat(meeting.get("start").asString()).isEqualTo("2026-03-04T09:00:00+08:00");
        JsonNode source = http.get(staff, "/api/meetings/" + training).body();
        assertThat(source.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(source.get("cancelReason").asString()).isEqualTo("MERGED_INTO:" + mergedId);

        JsonNode warning = http.get(staff, "/api/meetings/" + training + "/overlaps").body().get("warnings").get(0);
        assertThat(warning.get("status").asString()).isEqualTo("MERGED");
        assertThat(http.get(staff, "/api/meetings/" + mergedId + "/overlaps").body().get("warnings")).isEmpty();

        long afterMerge = storedEvents();
        assertProblem(http.post(staff, "/api/meetings/merges", Map.of("sourceMeetingIds", List.of(training, mergedId))),
                      422);
        assertProblem(http.post(staff, "/api/meetings/merges", Map.of("sourceMeetingIds", List.of(mergedId))), 400);
        assertThat(storedEvents()).isEqualTo(afterMerge);
    }

    @Test
    void theOrganiserDismissesAWarningWithAReasonAndNoOtherUnitMay() {
        String first = schedule("防汛工作调度会", "", WEDNESDAY_MORNING, secretaries.subList(0, 10));
        String second = schedule("防汛物资检查部署会", "", WEDNESDAY_AFTERNOON, secretaries.subList(0, 10));
        String outsider = directory.unit("STREET");
        assertProblem(http.post(directory.user(outsider, "STAFF"), "/api/meetings/" + second + "/overlap-dismissals",
                                Map.of("otherMeetingId", first, "reason", "x")), 403);
        assertProblem(http.post(staff, "/api/meetings/" + second + "/overlap-dismissals", Map.of("otherMeetingId", first)),
                      400);

        assertThat(http.post(staff, "/api/meetings/" + second + "/overlap-dismissals",
                             Map.of("otherMeetingId", first, "reason", "对象相同但内容不同，需分开部署")).status())
                .isEqualTo(204);
        JsonNode warning = http.get(staff, "/api/meetings/" + second + "/overlaps").body().get("warnings").get(0);
        assertThat(warning.get("status").asString()).isEqualTo("DISMISSED");
        assertThat(warning.get("statusReason").asString()).isEqualTo("对象相同但内容不同，需分开部署");
    }

    @Test
    void doubleBookingsAndOverloadedDaysShowOnTheMeetingsPage() {
        OffsetDateTime nine = OffsetDateTime.parse("2026-05-06T09:00:00+08:00");
        String first = schedule("河长制巡河会", "", nine, secretaries.subList(0, 2));
        schedule("招商引资推进会", "", nine.plusHours(1), secretaries.subList(1, 3));
        schedule("民生实事调度会", "", nine.plusHours(5), secretaries.subList(1, 2));

        JsonNode page = http.get(staff, "/api/meetings/" + first + "/overlaps").body();
        assertThat(page.get("doubleBookings")).hasSize(1);
        assertThat(page.get("doubleBookings").get(0).get("cadreId").asString()).isEqualTo(secretaries.get(1));
        assertThat(page.get("overloads")).hasSize(1);
        assertThat(page.get("overloads").get(0).get("meetings").asInt()).isEqualTo(3);
        assertThat(http.get(staff, "/api/overlaps/overloads?unit=" + street).body()).hasSize(1);
        assertThat(http.get(staff, "/api/overlaps/double-bookings?unit=" + street + "&from=2026-05-06&to=2026-05-06")
                       .body()).hasSize(1);
    }

    private String schedule(String title, String agenda, OffsetDateTime start, List<String> attendees) {
        Map<String, Object> body = meeting(street, title, start, attendees);
        body.put("agenda", agenda);
        Http.Response created = http.post(staff, "/api/meetings", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().get("id").asString();
    }
}
