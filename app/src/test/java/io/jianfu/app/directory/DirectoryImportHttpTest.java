package io.jianfu.app.directory;

import io.jianfu.app.support.Directory;
import io.jianfu.app.support.Http;
import io.jianfu.app.support.HttpTestBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;

import static io.jianfu.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Bulk import from CSV: whole files or nothing, and the same file twice registers nothing new. */
class DirectoryImportHttpTest extends HttpTestBase {

    @Test
    void importsUnitsAndCadresAndSkipsWhatIsAlreadyThere() {
        String street = unique("s");
        String units = "code,name,kind,parentCode\n"
                + street + ",天生街道,STREET,\n"
                + street + "-1,天生街道第一社区,COMMUNITY," + street + "\n";
        String cadres = "id,name,unitCode,topLeader\n"
                + "c-" + street + "-a,张三," + street + ",true\n"
                + "c-" + street + "-b,李四," + street + "-1,false\n";

        JsonNode first = csv("/api/units/import", units);
        assertThat(first.get("created").asInt()).isEqualTo(2);
        assertThat(csv("/api/cadres/import", cadres).get("created").asInt()).isEqualTo(2);
        JsonNode again = csv("/api/units/import", units);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("alreadyRegistered").asInt()).isEqualTo(2);

        JsonNode community = eventually(() -> http.get(Directory.ADMIN, "/api/units/" + street + "-1"),
                                        r -> r.status() == 200).body();
        assertThat(community.get("parentCode").asString()).isEqualTo(street);
        assertThat(community.get("kind").asString()).isEqualTo("COMMUNITY");
        JsonNode staff = eventually(() -> http.get(Directory.ADMIN, "/api/cadres?unitCode=" + street).body(),
                                    list -> list.size() == 1);
        assertThat(staff.get(0).get("topLeader").asBoolean()).isTrue();
    }

    @Test
    void aRefusedRowImportsNothingAndNamesTheLine() {
        String first = unique("s");
        String units = "code,name,kind,parentCode\n"
                + first + ",北温泉街道,STREET,\n"
                + unique("s") + ",东阳街道,CITY,\n";
        long before = storedEvents();
        Http.Response refused = post("/api/units/import", units);
        assertProblem(refused, 422);
        assertThat(refused.body().get("line").asInt()).isEqualTo(3);
        assertThat(refused.body().get("detail").asString()).contains("CITY");

        String orphan = "code,name,kind,parentCode\n" + first + ",北温泉街道,STREET,\n"
                + unique("c") + ",某社区,COMMUNITY,no-such-parent\n";
        assertProblem(post("/api/units/import", orphan), 422);
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(http.get(Directory.ADMIN, "/api/units/" + first).status()).isEqualTo(404);

        assertProblem(post("/api/units/import", "code;name\nx;y\n"), 422);
        assertThat(refused.body().get("detail").asString()).doesNotContain("Line 3: Line 3");
    }

    @Test
    void aHeaderWithABlankNameOrAShortRowIsRefusedWithItsLine() {
        long before = storedEvents();
        assertProblem(post("/api/units/import", "code,name,kind,parentCode,\n" + unique("s") + ",街道,STREET,,\n"),
                      422);
        Http.Response shortRow = post("/api/cadres/import", "id,name,unitCode,topLeader\n"
                + unique("c") + ",干部,500109001,false\n" + unique("c") + ",干部\n");
        assertProblem(shortRow, 422);
        assertThat(shortRow.body().get("line").asInt()).isEqualTo(3);
        String matters = "domain,title,leadDepartmentCode,cooperatingDepartmentCodes,streetDuty,procedureSteps,"
                + "timeLimitDays,accountability,effectiveFrom\n生态环保,企业环境检测\n";
        assertProblem(http.postBytes(Directory.ADMIN, "/api/responsibilities/import", "text/csv",
                                     matters.getBytes(StandardCharsets.UTF_8)), 422);
        assertThat(storedEvents()).isEqualTo(before);
    }

    private JsonNode csv(String path, String body) {
        Http.Response response = post(path, body);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private Http.Response post(String path, String body) {
        return http.postBytes(Directory.ADMIN, path, "text/csv", body.getBytes(StandardCharsets.UTF_8));
    }
}
