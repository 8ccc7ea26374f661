package io.jianfu.app.responsibility;

import io.jianfu.app.support.Directory;
import io.jianfu.app.support.Http;
import io.jianfu.app.support.HttpTestBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.jianfu.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Responsibility pledges (责任状) over HTTP against PostgreSQL: the article's shifted responsibilities are flagged, a
 * clean pledge is not, DISCIPLINE revokes, and a list revision changes the verdict only for later pledges.
 */
class PledgeAuditHttpTest extends HttpTestBase {

    private String matter(String domain, String title, String lead, String streetDuty, String from) {
        Map<String, Object> body = new HashMap<>();
        body.put("domain", domain);
        body.put("title", title);
        body.put("leadDepartmentCode", lead);
        body.put("cooperatingDepartmentCodes", List.of());
        body.put("streetDuty", streetDuty);
        body.put("timeLimitDays", 20);
        body.put("effectiveFrom", from);
        Http.Response created = http.post(Directory.ADMIN, "/api/responsibilities", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private static Map<String, Object> clause(String matterId, String duty, String text) {
        Map<String, Object> clause = new HashMap<>();
        clause.put("matterId", matterId);
        clause.put("duty", duty);
        clause.put("text", text);
        return clause;
    }

    private String file(Http.Credentials staff, String issuer, String street, int year, String filedOn,
                        Map<String, Object> clause) {
        Http.Response created = http.post(staff, "/api/pledges",
                                          Map.of("issuingDepartmentCode", issuer, "targetUnitCode", street,
                                                 "year", year, "filedOn", filedOn, "clauses", List.of(clause)));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private JsonNode pledge(String id) {
        Http.Response response = http.get(Directory.ADMIN, "/api/pledges/" + id);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    @Test
    void theArticlesShiftedResponsibilitiesAreFlaggedAndACleanPledgeIsNot() {
        String fireBrigade = directory.unit("DEPARTMENT");
        String market = directory.unit("DEPARTMENT");
        String ecology = directory.unit("DEPARTMENT");
        String street = directory.unit("STREET");
        String fire = matter(unique("消防安全"), "消防安全检查", fireBrigade, "日常巡查和信息上报", "2031-01-01");
        String compliance = matter(unique("市场监管"), "企业合规性审查", market, "配合审查", "2031-01-01");
        String testing = matter("生态环保", "企业环境检测", ecology, "日常巡查和信息上报", "2031-01-01");

        String firePledge = file(directory.user(fireBrigade, "STAFF"), fireBrigade, street, 2031, "2031-03-01",
                                 clause(fire, "FULL_LIABILITY", "消防安全属地全兜底"));
        Http.Credentials marketStaff = directory.user(market, "STAFF");
        String compliancePledge = file(marketStaff, market, street, 2031, "2031-03-02",
                                       clause(compliance, "LEAD", "企业合规性审查由街道牵头"));
        Http.Credentials ecologyStaff = directory.user(ecology, "STAFF");
        String testingPledge = file(ecologyStaff, ecology, street, 2031, "2031-03-03",
                                    clause(null, "FREE_TEXT", "企业环境检测由街道负责"));
        String cleanPledge = file(ecologyStaff, ecology, street, 2031, "2031-03-04",
                                  clause(testing, "PATROL_AND_REPORT", "日常巡查和信息上报"));

        JsonNode fireFinding = pledge(firePledge).get("findings").get(0);
        assertThat(fireFinding.get("kind").asString()).isEqualTo("FULL_LIABILITY");
        assertThat(fireFinding.get("matterId").asString()).isEqualTo(fire);
        assertThat(fireFinding.get("listedLeadDepartmentCode").asString()).isEqualTo(fireBrigade);
        assertThat(fireFinding.get("listedStreetDuty").asString()).isEqualTo("日常巡查和信息上报");
        assertThat(fireFinding.get("clause").get("text").asString()).isEqualTo("消防安全属地全兜底");

        JsonNode complianceFinding = pledge(compliancePledge).get("findings").get(0);
        assertThat(complianceFinding.get("kind").asString()).isEqualTo("SHIFTED_LEAD");
        assertThat(complianceFinding.get("listedLeadDepartmentCode").asString()).isEqualTo(market);

        JsonNode testingView = pledge(testingPledge);
        assertThat(testingView.get("flagged").asBoolean()).isTrue();
        JsonNode testingFinding = testingView.get("findings").get(0);
        assertThat(testingFinding.get("kind").asString()).isEqualTo("SHIFTED_LEAD");
        assertThat(testingFinding.get("matterId").asString()).isEqualTo(testing);
        assertThat(testingFinding.get("matterTitle").asString()).isEqualTo("企业环境检测");
        assertThat(testingFinding.get("matchSimilarity").asDouble()).isGreaterThan(0.15);
        assertThat(testingFinding.get("listedLeadDepartmentCode").asString()).isEqualTo(ecology);
        assertThat(testingFinding.get("listedStreetDuty").asString()).isEqualTo("日常巡查和信息上报");
        assertThat(testingFinding.get("pledgedDuty").asString()).isEqualTo("企业环境检测由街道负责");

        JsonNode clean = pledge(cleanPledge);
        assertThat(clean.get("flagged").asBoolean()).isFalse();
        assertThat(clean.get("findings").size()).isZero();

        JsonNode flagged = http.get(Directory.ADMIN, "/api/pledges?target=" + street + "&year=2031&flagged=true")
                               .body();
        assertThat(flagged.size()).isEqualTo(3);
        JsonNode unflagged = http.get(Directory.ADMIN, "/api/pledges?target=" + street + "&flagged=false").body();
        assertThat(unflagged.size()).isEqualTo(1);
        assertThat(unflagged.get(0).get("id").asString()).isEqualTo(cleanPledge);

        JsonNode report = http.get(Directory.ADMIN, "/api/reports/pledges?year=2031").body();
        assertThat(report.get("pledgesReviewed").asInt()).isEqualTo(4);
        assertThat(report.get("findings").asInt()).isEqualTo(3);
        JsonNode perStreet = report.get("pledgesPerStreet");
        boolean found = false;
        for (JsonNode row : perStreet) {
            if (row.get("targetUnitCode").asString().equals(street)) {
                assertThat(row.get("year").asInt()).isEqualTo(2031);
                assertThat(row.get("pledges").asInt()).isEqualTo(4);
                found = true;
            }
        }
        assertThat(found).isTrue();

        Http.Response amended = http.post(marketStaff, "/api/pledges/" + compliancePledge + "/amendments",
                                          Map.of("clauses", List.of(clause(compliance, "COOPERATE", "配合审查")),
                                                 "reason", "按清单改正"));
        assertThat(amended.status()).as(amended.body().toString()).isEqualTo(204);
        JsonNode fixed = pledge(compliancePledge);
        assertThat(fixed.get("flagged").asBoolean()).isFalse();
        assertThat(fixed.get("amendments").asInt()).isEqualTo(1);
        assertProblem(http.post(ecologyStaff, "/api/pledges/" + compliancePledge + "/amendments",
                                Map.of("clauses", List.of(clause(compliance, "LEAD", "x")), "reason", "r")), 403);
    }

    @Test
    void disciplineRevokesAndStaffMayNot() {
        String fireBrigade = directory.unit("DEPARTMENT");
        String other = directory.unit("DEPARTMENT");
        String street = directory.unit("STREET");
        Http.Credentials discipline = directory.user(directory.unit("OFFICE"), "DISCIPLINE");
        Http.Credentials staff = directory.user(fireBrigade, "STAFF");
        String fire = matter(unique("消防安全"), "消防安全检查", fireBrigade, "日常巡查和信息上报", "2033-01-01");
        long before = storedEvents();
        Map<String, Object> body = Map.of("issuingDepartmentCode", fireBrigade, "targetUnitCode", street,
                                          "year", 2033, "filedOn", "2033-02-01",
                                          "clauses", List.of(clause(fire, "FULL_LIABILITY", "消防安全属地全兜底")));
        assertProblem(http.post(directory.user(other, "STAFF"), "/api/pledges", body), 403);
        assertProblem(http.post(discipline, "/api/pledges", body), 403);
        assertThat(storedEvents()).isEqualTo(before);

        String id = file(staff, fireBrigade, street, 2033, "2033-02-01",
                         clause(fire, "FULL_LIABILITY", "消防安全属地全兜底"));
        JsonNode reportBefore = http.get(Directory.ADMIN, "/api/reports/pledges?year=2033").body();
        int revokedFireBefore = reportBefore.get("revokedByKind").has("FULL_LIABILITY")
                ? reportBefore.get("revokedByKind").get("FULL_LIABILITY").asInt() : 0;

        long beforeRevoke = storedEvents();
        assertProblem(http.post(staff, "/api/pledges/" + id + "/revocation", Map.of("reason", "r")), 403);
        assertProblem(http.post(staff, "/api/pledges/" + id + "/upholding", Map.of("reason", "r")), 403);
        assertThat(storedEvents()).isEqualTo(beforeRevoke);

        Http.Response revoked = http.post(discipline, "/api/pledges/" + id + "/revocation",
                                          Map.of("reason", "消防安全属地全兜底，转嫁部门责任"));
        assertThat(revoked.status()).as(revoked.body().toString()).isEqualTo(204);
        JsonNode view = pledge(id);
        assertThat(view.get("status").asString()).isEqualTo("REVOKED");
        assertThat(view.get("verdictReason").asString()).isEqualTo("消防安全属地全兜底，转嫁部门责任");
        assertProblem(http.post(discipline, "/api/pledges/" + id + "/upholding", Map.of("reason", "r")), 422);

        JsonNode report = http.get(Directory.ADMIN, "/api/reports/pledges?year=2033").body();
        assertThat(report.get("revokedByKind").get("FULL_LIABILITY").asInt()).isEqualTo(revokedFireBefore + 1);
        assertProblem(http.get(Directory.ADMIN, "/api/pledges/no-such-pledge"), 404);
    }

    @Test
    void aListRevisionChangesTheVerdictOnlyForPledgesFiledAfterIt() {
        String market = directory.unit("DEPARTMENT");
        String street = directory.unit("STREET");
        Http.Credentials staff = directory.user(market, "STAFF");
        String domain = unique("市场监管");
        String compliance = matter(domain, "企业合规性审查", market, "日常巡查和信息上报", "2032-01-01");
        Map<String, Object> revision = new HashMap<>();
        revision.put("domain", domain);
        revision.put("title", "企业合规性审查");
        revision.put("leadDepartmentCode", market);
        revision.put("streetDuty", "配合区市场监管局开展审查");
        revision.put("timeLimitDays", 20);
        revision.put("effectiveFrom", "2032-07-01");

        String early = file(staff, market, street, 2032, "2032-03-01", clause(compliance, "COOPERATE", "配合审查"));
        Http.Response revised = http.post(Directory.ADMIN, "/api/responsibilities/" + compliance + "/revisions",
                                          revision);
        assertThat(revised.status()).as(revised.body().toString()).isEqualTo(204);
        String late = file(staff, market, street, 2032, "2032-08-01", clause(compliance, "COOPERATE", "配合审查"));

        JsonNode earlyView = pledge(early);
        assertThat(earlyView.get("flagged").asBoolean()).isTrue();
        assertThat(earlyView.get("findings").get(0).get("kind").asString()).isEqualTo("MORE_THAN_LISTED_DUTY");
        assertThat(earlyView.get("findings").get(0).get("listedStreetDuty").asString()).isEqualTo("日常巡查和信息上报");
        assertThat(pledge(late).get("flagged").asBoolean()).isFalse();
    }
}
