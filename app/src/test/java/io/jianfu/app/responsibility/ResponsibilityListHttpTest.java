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

/** The responsibility list (属地事项责任清单) over HTTP: define, revise, retire, and read it as of any date. */
class ResponsibilityListHttpTest extends HttpTestBase {

    private Map<String, Object> matter(String domain, String lead, List<String> cooperating, int days, String from) {
        Map<String, Object> body = new HashMap<>();
        body.put("domain", domain);
        body.put("title", "企业环境检测");
        body.put("leadDepartmentCode", lead);
        body.put("cooperatingDepartmentCodes", cooperating);
        body.put("streetDuty", "日常巡查和信息上报");
        body.put("procedureSteps", List.of("街道巡查发现", "上报区生态环境局", "区生态环境局检测"));
        body.put("timeLimitDays", days);
        body.put("accountability", "未按时检测的，追究主办部门责任");
        body.put("effectiveFrom", from);
        return body;
    }

    private JsonNode list(String query) {
        Http.Response response = http.get(Directory.ADMIN, "/api/responsibilities?" + query);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    @Test
    void definedRevisedAndRetiredMatterKeepsEveryVersionReadable() {
        String ecology = directory.unit("DEPARTMENT");
        String housing = directory.unit("DEPARTMENT");
        String urban = directory.unit("DEPARTMENT");
        String domain = unique("生态环保");
        String id = unique("rm-");

        Map<String, Object> first = matter(domain, ecology, List.of(housing), 20, "2026-01-01");
        first.put("id", id);
        Http.Response created = http.post(Directory.ADMIN, "/api/responsibilities", first);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.body().get("id").asString()).isEqualTo(id);
        assertThat(http.post(Directory.ADMIN, "/api/responsibilities", first).status()).isEqualTo(200);

        Http.Response revised = http.post(Directory.ADMIN, "/api/responsibilities/" + id + "/revisions",
                                          matter(domain, ecology, List.of(urban), 5, "2026-07-01"));
        assertThat(revised.status()).as(revised.body().toString()).isEqualTo(204);

        JsonNode march = list("domain=" + domain + "&asOf=2026-03-15");
        assertThat(march.size()).isEqualTo(1);
        assertThat(march.get(0).get("version").asInt()).isEqualTo(1);
        assertThat(march.get(0).get("timeLimitDays").asInt()).isEqualTo(20);
        assertThat(march.get(0).get("validTo").asString()).isEqualTo("2026-07-01");
        JsonNode july = list("domain=" + domain + "&asOf=2026-07-01");
        assertThat(july.get(0).get("version").asInt()).isEqualTo(2);
        assertThat(july.get(0).get("timeLimitDays").asInt()).isEqualTo(5);
        assertThat(july.get(0).get("procedureSteps").size()).isEqualTo(3);
        assertThat(list("domain=" + domain + "&asOf=2025-12-31").size()).isZero();

        assertThat(list("department=" + housing + "&asOf=2026-03-15").size()).isEqualTo(1);
        assertThat(list("department=" + housing + "&asOf=2026-08-01").size()).isZero();
        assertThat(list("department=" + urban + "&asOf=2026-08-01").get(0).get("id").asString()).isEqualTo(id);
        assertThat(list("department=" + ecology + "&asOf=2026-08-01").size()).isEqualTo(1);

        assertProblem(http.post(Directory.ADMIN, "/api/responsibilities/" + id + "/revisions",
                                matter(domain, ecology, List.of(urban), 5, "2026-06-01")), 422);

        Http.Response retired = http.post(Directory.ADMIN, "/api/responsibilities/" + id + "/retirement",
                                          Map.of("reason", "职能划转", "effectiveOn", "2027-01-01"));
        assertThat(retired.status()).as(retired.body().toString()).isEqualTo(204);
        assertThat(list("domain=" + domain + "&asOf=2026-12-31").size()).isEqualTo(1);
        assertThat(list("domain=" + domain + "&asOf=2027-01-01").size()).isZero();

        JsonNode history = http.get(Directory.ADMIN, "/api/responsibilities/" + id + "/versions").body();
        assertThat(history.get("currentVersion").asInt()).isEqualTo(2);
        assertThat(history.get("retiredOn").asString()).isEqualTo("2027-01-01");
        assertThat(history.get("retirementReason").asString()).isEqualTo("职能划转");
        assertThat(history.get("versions").size()).isEqualTo(2);
        assertThat(history.get("versions").get(0).get("validFrom").asString()).isEqualTo("2026-01-01");
        assertThat(history.get("versions").get(0).get("cooperatingDepartmentCodes").get(0).asString())
                .isEqualTo(housing);
        assertThat(history.get("versions").get(1).get("validTo").asString()).isEqualTo("2027-01-01");

        Http.Credentials staff = directory.user(ecology, "STAFF");
        assertThat(http.get(staff, "/api/responsibilities/" + id + "/versions").status()).isEqualTo(200);
        assertProblem(http.post(Directory.ADMIN, "/api/responsibilities/" + id + "/retirement",
                                Map.of("reason", "again", "effectiveOn", "2027-02-01")), 422);
    }

    @Test
    void staffIsForbiddenAndNothingIsStored() {
        String ecology = directory.unit("DEPARTMENT");
        Http.Credentials staff = directory.user(ecology, "STAFF");
        long before = storedEvents();

        assertProblem(http.post(staff, "/api/responsibilities",
                                matter(unique("d"), ecology, List.of(), 20, "2026-01-01")), 403);
        assertProblem(http.post(staff, "/api/responsibilities/x/revisions",
                                matter(unique("d"), ecology, List.of(), 20, "2026-01-01")), 403);
        assertProblem(http.post(staff, "/api/responsibilities/x/retirement",
                                Map.of("reason", "r", "effectiveOn", "2027-01-01")), 403);
        assertProblem(http.postBytes(staff, "/api/responsibilities/import", "text/csv", "a\n".getBytes()), 403);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aStreetCannotLeadAndBadFieldsAreNamed() {
        String street = directory.unit("STREET");
        String ecology = directory.unit("DEPARTMENT");
        String domain = unique("消防安全");
        long before = storedEvents();

        Http.Response streetLeads = http.post(Directory.ADMIN, "/api/responsibilities",
                                              matter(domain, street, List.of(ecology), 20, "2026-01-01"));
        assertProblem(streetLeads, 422);
        assertThat(streetLeads.body().get("detail").asString()).contains(street).contains("STREET");
        assertProblem(http.post(Directory.ADMIN, "/api/responsibilities",
                                matter(domain, ecology, List.of(ecology), 20, "2026-01-01")), 422);

        Map<String, Object> bad = matter(" ", ecology, List.of(), 0, "2026-01-01");
        bad.put("title", null);
        Http.Response malformed = http.post(Directory.ADMIN, "/api/responsibilities", bad);
        assertProblem(malformed, 400);
        assertThat(malformed.body().toString()).contains("domain").contains("title").contains("timeLimitDays");
        assertProblem(http.post(Directory.ADMIN, "/api/responsibilities/no-such-matter/retirement",
                                Map.of("reason", "r", "effectiveOn", "2027-01-01")), 404);
        assertProblem(http.get(Directory.ADMIN, "/api/responsibilities?asOf=soon"), 400);
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(list("domain=" + domain + "&asOf=2026-06-01").size()).isZero();
    }
}
