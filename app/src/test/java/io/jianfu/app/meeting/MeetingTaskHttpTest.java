package io.jianfu.app.meeting;

import io.jianfu.app.support.Directory;
import io.jianfu.app.support.Http;
import io.jianfu.app.support.HttpTestBase;
import io.jianfu.app.support.Replays;
import io.jianfu.query.meeting.MeetingTaskProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.jianfu.app.meeting.TaskScenario.assignment;
import static io.jianfu.app.meeting.TaskScenario.inSeconds;
import static io.jianfu.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** 任务督办 over HTTP: the lifecycle of a task, who may do what, and refused input. */
class MeetingTaskHttpTest extends HttpTestBase {
    private static final long TEN_DAYS = 10 * 24 * 3600;

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore store;
    @Autowired
    TokenStore tokenStore;

    private TaskScenario scenario;

    @BeforeEach
    void cast() {
        scenario = new TaskScenario(http, directory);
    }

    @Test
    void aTaskIsAssignedSignedReportedOnAndCompleted() {
        OffsetDateTime deadline = inSeconds(TEN_DAYS);
        Http.Response created = http.post(scenario.organiserStaff, "/api/meetings/" + scenario.meetingId + "/tasks",
                                          assignment(scenario.assignee, " 开展燃气安全隐患排查 ", deadline));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(created.header("Location")).endsWith("/api/tasks/" + id);

        JsonNode assigned = scenario.task(id);
        assertThat(assigned.get("meetingId").asString()).isEqualTo(scenario.meetingId);
        assertThat(assigned.get("organizerUnitCode").asString()).isEqualTo(scenario.organiser);
        assertThat(assigned.get("assigneeUnitCode").asString()).isEqualTo(scenario.assignee);
        assertThat(assigned.get("description").asString()).isEqualTo("开展燃气安全隐患排查");
        assertThat(OffsetDateTime.parse(assigned.get("deadline").asString())).isEqualTo(deadline);
        assertThat(assigned.get("deadline").asString()).endsWith("+08:00");
        assertThat(assigned.get("assignedBy").asString()).isEqualTo(scenario.organiserStaff.username());
        assertThat(assigned.get("state").asString()).isEqualTo("UNSIGNED");
        assertThat(assigned.get("signed").asBoolean()).isFalse();
        assertThat(scenario.listed("state=UNSIGNED&unit=" + scenario.assignee)).containsExactly(id);
        assertThat(scenario.listed("state=UNSIGNED&unit=" + scenario.organiser)).containsExactly(id);
        assertThat(scenario.listed("state=IN_PROGRESS&unit=" + scenario.assignee)).isEmpty();
        assertThat(scenario.listed("unit=" + scenario.bystander)).isEmpty();

        assertThat(http.post(scenario.assigneeStaff, "/api/tasks/" + id + "/signature", Map.of()).status())
                .isEqualTo(204);
        JsonNode signed = scenario.task(id);
        assertThat(signed.get("state").asString()).isEqualTo("IN_PROGRESS");
        assertThat(signed.get("signedBy").asString()).isEqualTo(scenario.assigneeStaff.username());
        assertThat(scenario.listed("state=IN_PROGRESS&unit=" + scenario.assignee)).containsExactly(id);

        for (int percent : new int[] {30, 60}) {
            Http.Response reported = http.post(scenario.assigneeStaff, "/api/tasks/" + id + "/progress",
                                               Map.of("text", "已排查" + percent + "%的小区", "percent", percent));
            assertThat(reported.status()).as(reported.body().toString()).isEqualTo(204);
        }
        JsonNode reported = scenario.task(id);
        assertThat(reported.get("progressPercent").asInt()).isEqualTo(60);
        assertThat(reported.get("progressText").asString()).isEqualTo("已排查60%的小区");
        assertThat(reported.get("progress")).hasSize(2);
        assertThat(reported.get("progress").get(0).get("percent").asInt()).isEqualTo(30);
        assertThat(reported.get("progress").get(1).get("by").asString())
                .isEqualTo(scenario.assigneeStaff.username());

        assertThat(http.post(scenario.assigneeStaff, "/api/tasks/" + id + "/completion",
                             Map.of("summary", "整改隐患12处")).status()).isEqualTo(204);
        JsonNode done = scenario.task(id);
        assertThat(done.get("state").asString()).isEqualTo("DONE");
        assertThat(done.get("completionSummary").asString()).isEqualTo("整改隐患12处");
        assertThat(done.get("completedLate").asBoolean()).isFalse();
        assertThat(done.get("completedBy").asString()).isEqualTo(scenario.assigneeStaff.username());
        assertThat(scenario.listed("state=DONE&unit=" + scenario.assignee)).containsExactly(id);
        assertThat(scenario.listed("state=IN_PROGRESS&unit=" + scenario.assignee)).isEmpty();
        assertThat(scenario.listed("meeting=" + scenario.meetingId)).containsExactly(id);

        assertProblem(http.post(scenario.assigneeStaff, "/api/tasks/" + id + "/progress",
                                Map.of("text", "补报", "percent", 100)), 422);
    }

    @Test
    void onlyTheOrganisersStaffAssignAndOnlyTheAssigneesStaffActOnATask() {
        String path = "/api/meetings/" + scenario.meetingId + "/tasks";
        Map<String, Object> body = assignment(scenario.assignee, "排查", inSeconds(TEN_DAYS));
        long before = storedEvents();
        assertProblem(http.post(scenario.assigneeStaff, path, body), 403);
        assertProblem(http.post(scenario.bystanderStaff, path, body), 403);
        assertProblem(http.post(directory.user(scenario.organiser, "SUPERVISION_OFFICE"), path, body), 403);
        assertProblem(http.post(Directory.ADMIN, path, body), 403);
        assertThat(http.post(null, path, body).status()).isEqualTo(401);
        assertThat(storedEvents()).isEqualTo(before);

        String id = scenario.assign("排查", inSeconds(TEN_DAYS));
        for (Http.Credentials stranger : new Http.Credentials[] {scenario.bystanderStaff, scenario.organiserStaff}) {
            assertProblem(http.post(stranger, "/api/tasks/" + id + "/signature", Map.of()), 403);
        }
        assertThat(http.post(scenario.assigneeStaff, "/api/tasks/" + id + "/signature", Map.of()).status())
                .isEqualTo(204);
        assertProblem(http.post(scenario.bystanderStaff, "/api/tasks/" + id + "/progress",
                                Map.of("text", "代报", "percent", 10)), 403);
        assertProblem(http.post(scenario.organiserStaff, "/api/tasks/" + id + "/completion", Map.of()), 403);
        assertThat(scenario.task(id).get("state").asString()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        String path = "/api/meetings/" + scenario.meetingId + "/tasks";
        long before = storedEvents();

        Http.Response missing = http.post(scenario.organiserStaff, path, assignment(null, " ", null));
        assertProblem(missing, 400);
        assertThat(missing.body().get("errors").propertyNames())
                .containsExactlyInAnyOrder("assigneeUnitCode", "description", "deadline");
        Http.Response malformedDeadline = http.post(scenario.organiserStaff, path,
                                                    Map.of("assigneeUnitCode", scenario.assignee,
                                                           "description", "排查", "deadline", "下周五"));
        assertProblem(malformedDeadline, 400);
        assertThat(malformedDeadline.body().get("detail").asString()).contains("deadline");
        assertProblem(http.post(scenario.organiserStaff, path,
                                assignment(scenario.assignee, "排查", inSeconds(-60))), 422);
        assertProblem(http.post(scenario.organiserStaff, path,
                                assignment("no-such-unit", "排查", inSeconds(TEN_DAYS))), 422);
        assertProblem(http.post(scenario.organiserStaff, "/api/meetings/no-such-meeting/tasks",
                                assignment(scenario.assignee, "排查", inSeconds(TEN_DAYS))), 404);
        assertProblem(http.post(scenario.organiserStaff, "/api/meetings/" + scenario.organiser + "/tasks",
                                assignment(scenario.assignee, "排查", inSeconds(TEN_DAYS))), 404);
        assertThat(storedEvents()).isEqualTo(before);

        String id = scenario.assign("排查", inSeconds(TEN_DAYS));
        assertProblem(http.post(scenario.assigneeStaff, "/api/tasks/" + id + "/progress",
                                Map.of("text", "未签收先报", "percent", 10)), 422);
        assertProblem(http.post(scenario.assigneeStaff, "/api/tasks/" + id + "/completion", Map.of()), 422);
        assertThat(http.post(scenario.assigneeStaff, "/api/tasks/" + id + "/signature", Map.of()).status())
                .isEqualTo(204);
        assertProblem(http.post(scenario.assigneeStaff, "/api/tasks/" + id + "/signature", Map.of()), 422);
        Http.Response badPercent = http.post(scenario.assigneeStaff, "/api/tasks/" + id + "/progress",
                                             Map.of("text", "超额", "percent", 150));
        assertProblem(badPercent, 400);
        assertThat(badPercent.body().get("errors").get("percent").asString()).isEqualTo("must be between 0 and 100");
        assertProblem(http.post(scenario.assigneeStaff, "/api/tasks/" + id + "/progress",
                                Map.of("text", "类型错", "percent", "一半")), 400);

        assertProblem(http.post(scenario.assigneeStaff, "/api/tasks/no-such-task/signature", Map.of()), 404);
        assertProblem(http.post(scenario.assigneeStaff, "/api/tasks/" + scenario.meetingId + "/signature",
                                Map.of()), 404);
        assertProblem(http.get(scenario.assigneeStaff, "/api/tasks/no-such-task"), 404);
        assertProblem(http.get(scenario.assigneeStaff, "/api/tasks?state=LATE"), 400);
        assertProblem(http.get(scenario.assigneeStaff, "/api/tasks?limit=0"), 400);
        assertThat(http.get(null, "/api/tasks").status()).isEqualTo(401);
    }

    @Test
    void repeatingAnAssignmentWithTheSameIdempotencyKeyStoresNothingTwice() {
        String path = "/api/meetings/" + scenario.meetingId + "/tasks";
        Map<String, Object> body = assignment(scenario.assignee, "报送材料", inSeconds(TEN_DAYS));
        Map<String, String> key = Map.of("Idempotency-Key", unique("key"));
        Http.Response first = http.post(scenario.organiserStaff, path, body, key);
        assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
        long events = storedEvents();
        long deadlines = scheduledDeadlines();

        Http.Response again = http.post(scenario.organiserStaff, path, body, key);
        assertThat(again.status()).as(again.body().toString()).isEqualTo(200);
        assertThat(again.body().get("id").asString()).isEqualTo(first.body().get("id").asString());
        assertThat(storedEvents()).isEqualTo(events);
        // Reminders of earlier tests may fire meanwhile; a repeat must add no deadline rows of its own.
        assertThat(scheduledDeadlines()).isLessThanOrEqualTo(deadlines);

        Map<String, Object> different = assignment(scenario.assignee, "另一件事", inSeconds(TEN_DAYS));
        assertProblem(http.post(scenario.organiserStaff, path, different, key), 409);
    }

    @Test
    void replayingTheTaskViewsRebuildsTheSameRows() {
        String done = scenario.assign("已办结的任务", inSeconds(TEN_DAYS));
        String reminded = scenario.assign("未签收的任务", inSeconds(TEN_DAYS));
        String signed = scenario.assign("办理中的任务", inSeconds(TEN_DAYS));
        for (String id : List.of(done, signed)) {
            assertThat(http.post(scenario.assigneeStaff, "/api/tasks/" + id + "/signature", Map.of()).status())
                    .isEqualTo(204);
        }
        assertThat(http.post(scenario.assigneeStaff, "/api/tasks/" + signed + "/progress",
                             Map.of("text", "推进中", "percent", 50)).status()).isEqualTo(204);
        assertThat(http.post(scenario.assigneeStaff, "/api/tasks/" + done + "/completion", Map.of()).status())
                .isEqualTo(204);
        eventually(() -> scenario.reminderKinds(reminded), kinds -> kinds.contains("SIGNATURE"));

        String tasks = "SELECT * FROM meeting_task_view WHERE organizer_unit_code = ? ORDER BY task_id";
        String progress = "SELECT p.* FROM meeting_task_progress p JOIN meeting_task_view t USING (task_id) "
                + "WHERE t.organizer_unit_code = ? ORDER BY p.task_id, p.sequence_number";
        List<?> tasksBefore = jdbc.sql(tasks).param(scenario.organiser).query().listOfRows();
        List<?> progressBefore = jdbc.sql(progress).param(scenario.organiser).query().listOfRows();
        assertThat(tasksBefore).hasSize(3);
        assertThat(progressBefore).hasSize(1);

        Replays.rebuild(processing, store, tokenStore, MeetingTaskProjection.GROUP);
        assertThat(jdbc.sql(tasks).param(scenario.organiser).query().listOfRows()).isEqualTo(tasksBefore);
        assertThat(jdbc.sql(progress).param(scenario.organiser).query().listOfRows()).isEqualTo(progressBefore);
    }

    private long scheduledDeadlines() {
        return jdbc.sql("SELECT count(*) FROM scheduled_tasks").query(Long.class).single();
    }
}
