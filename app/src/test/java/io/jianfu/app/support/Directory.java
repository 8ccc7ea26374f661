package io.jianfu.app.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds the directory a test needs through the real API, with codes no other test uses. */
public class Directory {
    public static final Http.Credentials ADMIN = new Http.Credentials("admin", HttpTestBase.ADMIN_PASSWORD);

    private final Http http;

    Directory(Http http) {
        this.http = http;
    }

    public String unit(String kind) {
        String code = HttpTestBase.unique("u");
        Http.Response created = http.post(ADMIN, "/api/units", Map.of("code", code, "name", "单位" + code,
                                                                      "kind", kind));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return code;
    }

    /** A unit that belongs to {@code parentCode}, e.g. a community of a street. */
    public String unit(String kind, String parentCode) {
        String code = HttpTestBase.unique("u");
        Http.Response created = http.post(ADMIN, "/api/units", Map.of("code", code, "name", "单位" + code,
                                                                      "kind", kind, "parentCode", parentCode));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return code;
    }

    /** Registers {@code count} cadres of the unit in one CSV import; the first is its top leader. */
    public List<String> cadres(String unitCode, int count) {
        List<String> ids = new ArrayList<>();
        StringBuilder csv = new StringBuilder("id,name,unitCode,topLeader\n");
        for (int i = 1; i <= count; i++) {
            String id = "c-" + unitCode + "-" + i;
            csv.append(id).append(",干部").append(i).append(',').append(unitCode).append(',').append(i == 1)
               .append('\n');
            ids.add(id);
        }
        Http.Response imported = http.postBytes(ADMIN, "/api/cadres/import", "text/csv",
                                                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
        assertThat(imported.body().get("created").asInt()).isEqualTo(count);
        return ids;
    }

    public Http.Credentials user(String unitCode, String role) {
        String username = HttpTestBase.unique("user");
        String password = "password-" + username;
        Http.Response created = http.post(ADMIN, "/api/users", Map.of("username", username, "password", password,
                                                                      "unitCode", unitCode, "roles", List.of(role)));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return new Http.Credentials(username, password);
    }
}
