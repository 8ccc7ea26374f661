package io.jianfu.app.meeting;

import io.jianfu.app.support.Directory;
import io.jianfu.app.support.Http;
import io.jianfu.app.support.Meetings;
import tools.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cast of a task test, registered through the API with fresh codes: an organiser department with a meeting and a
 * STAFF user, an assignee street and a bystander street, each with a STAFF user.
 */
final class TaskScenario {
    static final ZoneOffset DISTRICT = ZoneOffset.ofHours(8);

    final Http http;
    final String organiser;
    final String assignee;
    final String bystander;
    final Http.Credentials organiserStaff;
    final Http.Credentials assigneeStaff;
    final Http.Credentials bystanderStaff;
    final String meetingId;

    TaskScenario(Http http, Directory directory) {
        this.http = http;
        this.organiser = directory.unit("DEPARTMENT");
        this.assignee = directory.unit("STREET");
        this.bystander = directory.unit("STREET");
        List<String> cadres = directory.cadres(organiser, 2);
        this.organiserStaff = directory.user(organiser, "STAFF");
        this.assigneeStaff = directory.user(assignee, "STAFF");
        this.bystanderStaff = directory.user(bystander, "STAFF");
        Http.Response meeting = http.post(organiserStaff, "/api/meetings",
                                          Meetings.meeting(organiser, "安全生产工作部署会",
                                                           OffsetDateTime.parse("2026-03-02T09:00:00+08:00"), cadres));
        assertThat(meeting.status()).as(meeting.body().toString()).isEqualTo(201);
        this.meetingId = meeting.body().get("id").asString();
    }

    /** A deadline {@code seconds} from now, whole milliseconds, in the district's offset. */
    static OffsetDateTime inSeconds(long seconds) {
        return OffsetDateTime.now(DISTRICT).plusSeconds(seconds).truncatedTo(ChronoUnit.MILLIS);
    }

    static Map<String, Object> assignment(String assigneeUnitCode, String description, OffsetDateTime deadline) {
        Map<String, Object> body = new HashMap<>();
        body.put("assigneeUnitCode", assigneeUnitCode);
        body.put("description", description);
        body.put("deadline", deadline == null ? null : deadline.toString());
        return body;
    }

    /** Assigns a task of the meeting to the assignee; answers its id. */
    String assign(String description, OffsetDateTime deadline) {
        Http.Response created = http.post(organiserStaff, "/api/meetings/" + meetingId + "/tasks",
                                          assignment(assignee, description, deadline));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    JsonNode task(String taskId) {
        Http.Response found = http.get(organiserStaff, "/api/tasks/" + taskId);
        assertThat(found.status()).as(found.body().toString()).isEqualTo(200);
        return found.body();
    }

    List<String> listed(String query) {
        Http.Response listed = http.get(organiserStaff, "/api/tasks?" + query);
        assertThat(listed.status()).as(listed.body().toString()).isEqualTo(200);
        return listed.body().valueStream().map(task -> task.get("id").asString()).toList();
    }

    List<String> reminderKinds(String taskId) {
        return task(taskId).get("reminders").valueStream().map(r -> r.get("kind").asString()).toList();
    }
}
