package io.jianfu.app.overlap;

import io.jianfu.app.support.Http;
import io.jianfu.app.support.HttpTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.jianfu.app.support.Meetings.meeting;
import static io.jianfu.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** MergeMeetings is all or nothing: any refused source leaves every meeting as it was. */
class MergeHttpTest extends HttpTestBase {
    private static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-11-02T09:00:00+08:00");

    private String street;
    private List<String> people;
    private Http.Credentials staff;

    @BeforeEach
    void street() {
        street = directory.unit("STREET");
        people = directory.cadres(street, 4);
        staff = directory.user(street, "STAFF");
    }

    @Test
    void aRepeatedMergeAnswersTheSameMeetingAndAChangedOneIsAConflict() {
        String a = schedule("垃圾分类推进会", MONDAY);
        String b = schedule("文明城市创建会", MONDAY.plusHours(5));
        Map<String, Object> merge = Map.of("id", unique("merged-"), "sourceMeetingIds", List.of(a, b));
        Http.Response first = http.post(staff, "/api/meetings/merges", merge);
        assertThat(first.status()).isEqualTo(201);
        long after = storedEvents();
        Http.Response again = http.post(staff, "/api/meetings/merges", merge);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("id")).isEqualTo(first.body().get("id"));
        assertThat(storedEvents()).isEqualTo(after);
        assertProblem(http.post(staff, "/api/meetings/merges",
                                Map.of("id", merge.get("id"), "sourceMeetingIds", List.of(b, a))), 409);
    }

    @Test
    void anotherUnitsMeetingsCannotBeMerged() {
        String mine = schedule("网格员培训会", MONDAY);
        String otherStreet = directory.unit("STREET");
        List<String> theirPeople = directory.cadres(otherStreet, 2);
        Http.Credentials theirStaff = directory.user(otherStreet, "STAFF");
        String theirs = http.post(theirStaff, "/api/meetings", meeting(otherStreet, "网格员例会", MONDAY, theirPeople))
                            .body().get("id").asString();
        long before = storedEvents();
        assertProblem(http.post(staff, "/api/meetings/merges", Map.of("sourceMeetingIds", List.of(mine, theirs))),
                      422);
        assertProblem(http.post(theirStaff, "/api/meetings/merges",
                                Map.of("sourceMeetingIds", List.of(schedule("第二个会", MONDAY), mine))), 403);
        assertThat(storedEvents()).isEqualTo(before + 1);
        assertThat(http.get(staff, "/api/meetings/" + mine).body().get("status").asString()).isEqualTo("SCHEDULED");
    }

    @Test
    void unknownOrCancelledSourcesAreRefusedAndNothingChanges() {
        String a = schedule("征兵工作会", MONDAY);
        String b = schedule("退役军人服务会", MONDAY.plusDays(1));
        http.post(staff, "/api/meetings/" + b + "/cancellation", Map.of("reason", "改期"));
        long before = storedEvents();
        assertProblem(http.post(staff, "/api/meetings/merges", Map.of("sourceMeetingIds", List.of(a, "no-such"))),
                      422);
        assertProblem(http.post(staff, "/api/meetings/merges", Map.of("sourceMeetingIds", List.of(a, b))), 422);
        assertProblem(http.post(staff, "/api/meetings/merges", Map.of("sourceMeetingIds", List.of(a, a))), 400);
        assertProblem(http.post(staff, "/api/meetings/merges",
                                Map.of("sourceMeetingIds", List.of(a, schedule("x", MONDAY)),
                                       "start", "2026-11-02T09:00:00+08:00")), 400);
        assertThat(storedEvents()).isEqualTo(before + 1);
        assertThat(http.get(staff, "/api/meetings/" + a).body().get("status").asString()).isEqualTo("SCHEDULED");
    }

    private String schedule(String title, OffsetDateTime start) {
        Http.Response created = http.post(staff, "/api/meetings", meeting(street, title, start, people));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().get("id").asString();
    }
}
