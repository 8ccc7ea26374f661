package io.jianfu.app.support;

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

    public List<String> cadres(String unitCode, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String id = "c-" + unitCode + "-" + i;
            Http.Response created = http.post(ADMIN, "/api/cadres", Map.of("id", id, "name", "干部" + i,
                                                                           "unitCode", unitCode, "topLeader", i == 1));
            assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
            ids.add(id);
        }
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
