package io.jianfu.app.meeting;

import io.jianfu.app.support.Http;
import io.jianfu.app.support.HttpTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import static io.jianfu.app.support.Meetings.meeting;
import static io.jianfu.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The paperless lifecycle over HTTP against PostgreSQL: notice, the three kinds of receipt, check-in by the unit
 * and with one-time codes, reads and printing, and the paperwork view that shows them; refusals change nothing.
 */
class MeetingPaperworkHttpTest extends HttpTestBase {
    private static final OffsetDateTime START = OffsetDateTime.parse("2026-06-10T09:00:00+08:00");

    @LocalServerPort
    private int port;

    private String organiser;
    private String unitA;
    private List<String> cadresA;
    private List<String> cadresB;
    private Http.Credentials organiserStaff;
    private Http.Credentials staffA;
    private Http.Credentials staffB;
    private String meetingId;
    private String base;

    @BeforeEach
    void meetingWithInvitees() {
        organiser = directory.unit("STREET");
        unitA = directory.unit("COMMUNITY");
        String unitB = directory.unit("COMMUNITY");
        cadresA = directory.cadres(unitA, 4);
        cadresB = directory.cadres(unitB, 2);
        directory.cadres(organiser, 1);
        organiserStaff = directory.user(organiser, "STAFF");
        staffA = directory.user(unitA, "STAFF");
        staffB = directory.user(unitB, "STAFF");
        List<String> invited = List.of(cadresA.get(0), cadresA.get(1), cadresA.get(2), cadresB.get(0));
        Http.Response created = http.post(organiserStaff, "/api/meetings", meeting(organiser, "党建工作部署会", START,
                                                                                   invited));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        meetingId = created.body().get("id").asString();
        base = "/api/meetings/" + meetingId;
    }

    @Test
    void noticeReceiptsCheckInsReadsAndPrintingShowInThePaperwork() {
        String a1 = cadresA.get(0);
        String a2 = cadresA.get(1);
        String a3 = cadresA.get(2);
        String a4 = cadresA.get(3);
        String b1 = cadresB.get(0);
        String b2 = cadresB.get(1);

        refused(() -> http.post(staffA, base + "/receipts", receipt(a1, "ATTENDING", null, null)), 422, "notice");
        JsonNode before = http.get(staffA, base + "/paperwork").body();
        assertThat(before.get("noticeIssued").asBoolean()).isFalse();

        Http.Response notice = http.post(organiserStaff, base + "/notice", Map.of("message", "请于6月10日9时准时参会"));
        assertThat(notice.status()).as(notice.body().toString()).isEqualTo(201);
        assertThat(notice.header("Location")).isEqualTo(base + "/paperwork");
        assertThat(http.post(organiserStaff, base + "/notice", Map.of("message", "请于6月10日9时准时参会")).status())
                .as("the same notice again").isEqualTo(200);
        refused(() -> http.post(organiserStaff, base + "/notice", Map.of("message", "改期")), 409, "already issued");
        refused(() -> http.post(staffA, base + "/notice", Map.of("message", "冒名")), 403, organiser);

        // The three kinds of receipt; b1 does not answer.
        accepted(http.post(staffA, base + "/receipts", receipt(a1, "ATTENDING", null, null)));
        accepted(http.post(staffA, base + "/receipts", receipt(a2, "ABSENT", "防汛值班", null)));
        accepted(http.post(staffA, base + "/receipts", receipt(a3, "DEPUTY", null, a4)));
        refused(() -> http.post(staffB, base + "/receipts", receipt(a1, "ABSENT", "代答", null)), 403, unitA);
        refused(() -> http.post(staffA, base + "/receipts", receipt(a2, "ABSENT", null, null)), 400, "reason");
        refused(() -> http.post(staffB, base + "/receipts", receipt(b1, "DEPUTY", null, a4)), 422, "own unit");

        // Check-in by the unit, and with one-time codes the organiser issued.
        accepted(http.post(staffA, base + "/check-ins", Map.of("cadreId", a1)));
        refused(() -> http.post(staffA, base + "/check-ins", Map.of("cadreId", a1)), 422, "already checked in");
        refused(() -> http.post(staffB, base + "/check-ins", Map.of("cadreId", a2)), 403, unitA);
        refused(() -> http.post(staffB, base + "/check-ins", Map.of("cadreId", b2)), 422, "not invited");
        refused(() -> http.post(staffA, base + "/sign-in-codes", Map.of()), 403, organiser);
        String code = issueCode();
        accepted(http.post(staffA, base + "/check-ins", Map.of("cadreId", a4, "code", code)));
        refused(() -> http.post(staffB, base + "/check-ins", Map.of("cadreId", b1, "code", code)), 422, "already used");
        refused(() -> http.post(staffB, base + "/check-ins", Map.of("cadreId", b1, "code", "WRONG23456")), 422,
                "not valid");
        String second = issueCode();
        accepted(http.post(staffB, base + "/check-ins", Map.of("cadreId", b1,
                                                               "code", second.substring(0, 5).toLowerCase() + "-"
                                                                       + second.substring(5))));

        // A material read as cadre a1 and by unit B's staff, and paper printed.
        Http.Response upload = http.postBytes(organiserStaff, base + "/materials?fileName=agenda.txt",
                                              "text/plain; charset=UTF-8", "议程".getBytes(StandardCharsets.UTF_8));
        assertThat(upload.status()).as(upload.body().toString()).isEqualTo(201);
        String materialId = upload.body().get("materialId").asString();
        Downloads downloads = new Downloads(port);
        assertThat(downloads.get(staffA, base + "/materials/" + materialId + "?cadreId=" + a1).statusCode())
                .isEqualTo(200);
        assertThat(downloads.get(staffB, base + "/materials/" + materialId).statusCode()).isEqualTo(200);
        assertThat(downloads.get(staffB, base + "/materials/" + materialId + "?cadreId=" + a1).statusCode())
                .as("reading as a cadre of another unit").isEqualTo(403);
        accepted(http.post(organiserStaff, base + "/printed-materials", Map.of("pages", 10, "copies", 30)));
        accepted(http.post(organiserStaff, base + "/printed-materials", Map.of("pages", 4, "copies", 30)));
        refused(() -> http.post(organiserStaff, base + "/printed-materials", Map.of("pages", 0, "copies", 30)), 400,
                "pages");

        JsonNode paperwork = http.get(staffB, base + "/paperwork").body();
        assertThat(paperwork.get("noticeIssued").asBoolean()).isTrue();
        assertThat(paperwork.get("noticeMessage").asString()).isEqualTo("请于6月10日9时准时参会");
        assertThat(paperwork.get("noticeIssuedAt").asString()).endsWith("+08:00");
        JsonNode counts = paperwork.get("counts");
        assertThat(List.of(counts.get("invited").asInt(), counts.get("answered").asInt(),
                           counts.get("attending").asInt(), counts.get("absent").asInt(),
                           counts.get("deputies").asInt(), counts.get("checkedIn").asInt(), counts.get("read").asInt()))
                .containsExactly(4, 3, 1, 1, 1, 3, 1);
        assertThat(ids(paperwork.get("notAnswered"), "cadreId")).containsExactly(b1);
        assertThat(ids(paperwork.get("checkedIn"), "cadreId")).containsExactly(a1, a4, b1);
        assertThat(ids(paperwork.get("read"), "cadreId")).containsExactly(a1);
        assertThat(paperwork.get("readByUsers").get(0).get("reader").asString()).isEqualTo(staffB.username());
        JsonNode onTheMeetingsPage = http.get(staffB, base).body().get("paperwork");
        assertThat(ids(onTheMeetingsPage.get("notAnswered"), "cadreId")).containsExactly(b1);
        assertThat(ids(onTheMeetingsPage.get("checkedIn"), "cadreId")).containsExactly(a1, a4, b1);
        assertThat(ids(onTheMeetingsPage.get("read"), "cadreId")).containsExactly(a1);

        JsonNode invitees = paperwork.get("invitees");
        assertThat(ids(invitees, "cadreId")).containsExactly(a1, a2, a3, b1);
        assertThat(invitees.get(0).get("receipt").get("answer").asString()).isEqualTo("ATTENDING");
        assertThat(invitees.get(0).get("checkIn").get("method").asString()).isEqualTo("BY_UNIT");
        assertThat(invitees.get(0).get("readMaterialIds").get(0).asString()).isEqualTo(materialId);
        assertThat(invitees.get(1).get("receipt").get("reason").asString()).isEqualTo("防汛值班");
        assertThat(invitees.get(1).get("checkIn").isNull()).isTrue();
        assertThat(invitees.get(2).get("receipt").get("deputyCadreId").asString()).isEqualTo(a4);
        assertThat(invitees.get(2).get("receipt").get("deputyName").asString()).isEqualTo("干部4");
        JsonNode deputyCheckIn = invitees.get(2).get("checkIn");
        assertThat(List.of(deputyCheckIn.get("cadreId").asString(), deputyCheckIn.get("forCadreId").asString(),
                           deputyCheckIn.get("method").asString())).containsExactly(a4, a3, "BY_CODE");
        assertThat(invitees.get(3).get("receipt").isNull()).isTrue();
        assertThat(invitees.get(3).get("checkIn").get("method").asString()).isEqualTo("BY_CODE");

        assertThat(paperwork.get("materials").get(0).get("fileName").asString()).isEqualTo("agenda.txt");
        assertThat(paperwork.get("printing").get("printedPages").asLong()).isEqualTo(420);
        assertThat(paperwork.get("printing").get("records")).hasSize(2);
    }

    @Test
    void paperworkOfAnUnknownMeetingIs404() {
        assertProblem(http.get(staffA, "/api/meetings/no-such-meeting/paperwork"), 404);
        refused(() -> http.post(organiserStaff, "/api/meetings/no-such-meeting/notice", Map.of("message", "x")), 404,
                "no-such-meeting");
        refused(() -> http.post(organiserStaff, base + "/notice", Map.of()), 400, "message");
    }

    private String issueCode() {
        Http.Response issued = http.post(organiserStaff, base + "/sign-in-codes", Map.of());
        assertThat(issued.status()).as(issued.body().toString()).isEqualTo(201);
        String code = issued.body().get("code").asString();
        assertThat(code).hasSize(10);
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE convert_from(payload, 'UTF8') LIKE ?")
                       .param("%" + code + "%").query(Long.class).single())
                .as("the code itself is never stored").isZero();
        return code;
    }

    private static Map<String, Object> receipt(String cadreId, String answer, String reason, String deputy) {
        Map<String, Object> body = new HashMap<>();
        body.put("cadreId", cadreId);
        body.put("answer", answer);
        body.put("reason", reason);
        body.put("deputyCadreId", deputy);
        return body;
    }

    private static void accepted(Http.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(204);
    }

    /** A refusal with a problem document that mentions {@code hint}, and no event stored. */
    private void refused(Supplier<Http.Response> request, int status, String hint) {
        long before = storedEvents();
        Http.Response response = request.get();
        assertProblem(response, status);
        assertThat(response.body().get("detail").asString()).contains(hint);
        assertThat(storedEvents()).as("events after a refusal").isEqualTo(before);
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.get(field).asString()));
        return ids;
    }
}
