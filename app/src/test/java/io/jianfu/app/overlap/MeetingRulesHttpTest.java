package io.jianfu.app.overlap;

import io.jianfu.app.support.Directory;
import io.jianfu.app.support.Http;
import io.jianfu.app.support.HttpTestBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.jianfu.app.support.Meetings.meeting;
import static io.jianfu.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** ADMIN keeps the meeting rules; each change is an event and applies to what is scheduled after it. */
class MeetingRulesHttpTest extends HttpTestBase {

    @Test
    void aMeetingOverItsKindsStandardShowsAYellowScaleFlagAndTheQuotaCountsIt() {
        String unit = directory.unit("STREET");
        List<String> cadres = directory.cadres(unit, 4);
        Http.Credentials staff = directory.user(unit, "STAFF");
        assertProblem(http.put(staff, "/api/settings/scale-standards/VIDEO",
                               Map.of("maxAttendees", 3, "maxMinutes", 60)), 403);
        assertProblem(http.put(Directory.ADMIN, "/api/settings/scale-standards/VIDEO",
                               Map.of("maxAttendees", 0, "maxMinutes", 60)), 400);
        assertProblem(http.put(Directory.ADMIN, "/api/settings/scale-standards/SEMINAR",
                               Map.of("maxAttendees", 3, "maxMinutes", 60)), 400);
        assertThat(http.put(Directory.ADMIN, "/api/settings/scale-standards/VIDEO",
                            Map.of("maxAttendees", 3, "maxMinutes", 60)).status()).isEqualTo(204);

        Map<String, Object> big = meeting(unit, "全区视频调度会", OffsetDateTime.parse("2026-08-03T09:00:00+08:00"),
                                          cadres);
        big.put("kind", "VIDEO");
        String bigId = http.post(staff, "/api/meetings", big).body().get("id").asString();
        Map<String, Object> small = meeting(unit, "视频连线", OffsetDateTime.parse("2026-08-04T09:00:00+08:00"),
                                            cadres.subList(0, 2));
        small.put("kind", "VIDEO");
        small.put("end", "2026-08-04T09:30:00+08:00");
        String smallId = http.post(staff, "/api/meetings", small).body().get("id").asString();

        JsonNode flag = http.get(staff, "/api/meetings/" + bigId).body().get("scaleFlag");
        assertThat(flag.get("colour").asString()).isEqualTo("YELLOW");
        assertThat(flag.get("reasons")).hasSize(2);
        assertThat(flag.get("reasons").get(0).asString()).contains("4", "3");
        assertThat(http.get(staff, "/api/meetings/" + smallId).body().get("scaleFlag").isNull()).isTrue();
        JsonNode quota = http.get(staff, "/api/quotas/meetings?year=2026&unit=" + unit).body().get(0);
        assertThat(quota.get("overScale").asInt()).isEqualTo(1);
        JsonNode standards = http.get(staff, "/api/settings/scale-standards").body();
        assertThat(standards.findValuesAsString("kind")).contains("VIDEO");
    }

    @Test
    void changedOverlapRulesApplyToLaterMeetingsAndAreInTheHistory() {
        String unit = directory.unit("TOWN");
        List<String> cadres = directory.cadres(unit, 6);
        Http.Credentials staff = directory.user(unit, "STAFF");
        JsonNode defaults = http.get(staff, "/api/settings/overlap-rules").body();
        assertThat(defaults.get("minShared").asInt()).isEqualTo(3);
        Map<String, Object> strict = new LinkedHashMap<>();
        defaults.properties().forEach(field -> strict.put(field.getKey(), field.getValue().numberValue()));
        strict.put("minShared", 10);

        assertProblem(http.put(staff, "/api/settings/overlap-rules", strict), 403);
        Map<String, Object> invalid = new LinkedHashMap<>(strict);
        invalid.put("sameDayOverlap", 1.5);
        assertProblem(http.put(Directory.ADMIN, "/api/settings/overlap-rules", invalid), 400);
        try {
            assertThat(http.put(Directory.ADMIN, "/api/settings/overlap-rules", strict).status()).isEqualTo(204);
            OffsetDateTime monday = OffsetDateTime.parse("2026-09-07T09:00:00+08:00");
            http.post(staff, "/api/meetings", meeting(unit, "燃气安全检查会", monday, cadres));
            String second = http.post(staff, "/api/meetings", meeting(unit, "消防安全部署会", monday.plusHours(5), cadres))
                                .body().get("id").asString();
            assertThat(http.get(staff, "/api/meetings/" + second + "/overlaps").body().get("warnings")).isEmpty();
            JsonNode history = http.get(directory.user(unit, "AUDITOR"),
                                        "/api/audit/events?eventType=OverlapRulesChanged&actor=admin").body();
            assertThat(history.get("events").get(0).get("aggregateId").asString()).isEqualTo("meeting-rulebook");
        } finally {
            Map<String, Object> restored = new LinkedHashMap<>();
            defaults.properties().forEach(field -> restored.put(field.getKey(), field.getValue().numberValue()));
            assertThat(http.put(Directory.ADMIN, "/api/settings/overlap-rules", restored).status()).isEqualTo(204);
        }
    }

    @Test
    void theTopicDictionaryIsReplacedAsAWhole() {
        JsonNode before = http.get(Directory.ADMIN, "/api/settings/topic-dictionary").body();
        assertThat(before.get("families").has("党建")).isTrue();
        assertProblem(http.put(Directory.ADMIN, "/api/settings/topic-dictionary", Map.of("families", Map.of())), 400);
        assertProblem(http.put(Directory.ADMIN, "/api/settings/topic-dictionary",
                               Map.of("families", Map.of("党建", List.of()))), 400);
        try {
            Map<String, Object> changed = new LinkedHashMap<>();
            Map<String, List<String>> families = new LinkedHashMap<>();
            before.get("families").properties().forEach(family -> families.put(
                    family.getKey(), family.getValue().valueStream().map(JsonNode::asString).toList()));
            families.put("文旅", List.of("旅游", "文化活动"));
            changed.put("families", families);
            changed.put("genericWords", before.get("genericWords").valueStream().map(JsonNode::asString).toList());
            assertThat(http.put(Directory.ADMIN, "/api/settings/topic-dictionary", changed).status()).isEqualTo(204);
            JsonNode after = http.get(Directory.ADMIN, "/api/settings/topic-dictionary").body();
            assertThat(after.get("families").get("文旅").get(0).asString()).isEqualTo("旅游");
        } finally {
            Map<String, Object> restored = new LinkedHashMap<>();
            Map<String, List<String>> families = new LinkedHashMap<>();
            before.get("families").properties().forEach(family -> families.put(
                    family.getKey(), family.getValue().valueStream().map(JsonNode::asString).toList()));
            restored.put("families", families);
            restored.put("genericWords", before.get("genericWords").valueStream().map(JsonNode::asString).toList());
            assertThat(http.put(Directory.ADMIN, "/api/settings/topic-dictionary", restored).status()).isEqualTo(204);
        }
    }
}
