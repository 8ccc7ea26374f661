package io.jianfu.app.responsibility;

import io.jianfu.app.support.Directory;
import io.jianfu.app.support.Http;
import io.jianfu.app.support.HttpTestBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;

import static io.jianfu.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Importing the responsibility list (属地事项责任清单) from CSV: whole files or nothing, and repeatable. */
class ResponsibilityImportHttpTest extends HttpTestBase {
    private static final String HEADER = "domain,title,leadDepartmentCode,cooperatingDepartmentCodes,streetDuty,"
            + "procedureSteps,timeLimitDays,accountability,effectiveFrom\n";

    @Test
    void importsAFileOnceAndListsIt() {
        String ecology = directory.unit("DEPARTMENT");
        String housing = directory.unit("DEPARTMENT");
        String urban = directory.unit("DEPARTMENT");
        String domain = unique("生态环保");
        String file = HEADER
                + domain + ",企业环境检测," + ecology + "," + housing + "|" + urban
                + ",日常巡查和信息上报,街道巡查发现|上报|检测,5,追究主办部门责任,2026-01-01\n"
                + domain + ",污水管网改造," + urban + ",,日常巡查和信息上报,,15,,2026-02-01\n";

        JsonNode first = csv(file);
        assertThat(first.get("created").asInt()).isEqualTo(2);
        JsonNode again = csv(file);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("alreadyRegistered").asInt()).isEqualTo(2);

        JsonNode listed = http.get(Directory.ADMIN, "/api/responsibilities?domain=" + domain + "&asOf=2026-03-01")
                              .body();
        assertThat(listed.size()).isEqualTo(2);
        JsonNode testing = listed.get(0).get("title").asString().equals("企业环境检测") ? listed.get(0) : listed.get(1);
        assertThat(testing.get("cooperatingDepartmentCodes").size()).isEqualTo(2);
        assertThat(testing.get("procedureSteps").get(2).asString()).isEqualTo("检测");
        assertThat(testing.get("timeLimitDays").asInt()).isEqualTo(5);
        JsonNode byUrban = http.get(Directory.ADMIN, "/api/responsibilities?department=" + urban + "&asOf=2026-03-01")
                               .body();
        assertThat(byUrban.size()).isEqualTo(2);
    }

    @Test
    void aRefusedRowImportsNothingAndNamesTheLine() {
        String ecology = directory.unit("DEPARTMENT");
        String street = directory.unit("STREET");
        String domain = unique("应急管理");
        long before = storedEvents();

        Http.Response streetLeads = post(HEADER
                + domain + ",防汛巡查," + ecology + ",,日常巡查和信息上报,,3,,2026-01-01\n"
                + domain + ",消防安全," + street + ",,,,3,,2026-01-01\n");
        assertProblem(streetLeads, 422);
        assertThat(streetLeads.body().get("line").asInt()).isEqualTo(3);

        assertProblem(post(HEADER + domain + ",防汛巡查," + ecology + ",,,,many,,2026-01-01\n"), 422);
        assertProblem(post(HEADER + domain + ",防汛巡查," + ecology + ",,,,3,,2026-13-01\n"), 422);
        assertProblem(post(HEADER + domain + ",防汛巡查," + ecology + ",,,,400,,2026-01-01\n"), 422);
        assertProblem(post("domain;title\nx;y\n"), 422);
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(http.get(Directory.ADMIN, "/api/responsibilities?domain=" + domain + "&asOf=2026-03-01")
                       .body().size()).isZero();
    }

    private JsonNode csv(String body) {
        Http.Response response = post(body);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private Http.Response post(String body) {
        return http.postBytes(Directory.ADMIN, "/api/responsibilities/import", "text/csv",
                              body.getBytes(StandardCharsets.UTF_8));
    }
}
