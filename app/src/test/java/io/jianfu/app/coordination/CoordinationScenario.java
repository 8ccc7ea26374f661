package io.jianfu.app.coordination;

import io.jianfu.app.support.Directory;
import io.jianfu.app.support.Http;
import tools.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A street of its own with one community, two departments (区城管局 leads sewage pipes, 区住建局 cooperates) and STAFF
 * for each, so tests can walk coordination requests (吹哨报到) through their steps over HTTP.
 */
final class CoordinationScenario {
    static final String BASE = "/api/coordination-requests";

    final Http http;
    final String street;
    final String community;
    final String city;
    final String housing;
    final Http.Credentials streetStaff;
    final Http.Credentials communityStaff;
    final Http.Credentials cityStaff;
    final Http.Credentials housingStaff;

    CoordinationScenario(Http http, Directory directory) {
        this.http = http;
        street = directory.unit("STREET");
        community = directory.unit("COMMUNITY", street);
        city = directory.unit("DEPARTMENT");
        housing = directory.unit("DEPARTMENT");
        streetStaff = directory.user(street, "STAFF");
        communityStaff = directory.user(community, "STAFF");
        cityStaff = directory.user(city, "STAFF");
        housingStaff = directory.user(housing, "STAFF");
    }

    /** A listed matter in force from {@code from}; returns its id. */
    String matter(String title, String lead, List<String> cooperating, String streetDuty, String from) {
        Map<String, Object> body = new HashMap<>();
        body.put("domain", "城市管理");
        body.put("title", title);
        body.put("leadDepartmentCode", lead);
        body.put("cooperatingDepartmentCodes", cooperating);
        body.put("streetDuty", streetDuty);
        body.put("timeLimitDays", 15);
        body.put("effectiveFrom", from);
        return created(http.post(Directory.ADMIN, "/api/responsibilities", body));
    }

    String raise(String matterId, String description, OffsetDateTime at) {
        Map<String, Object> body = new HashMap<>();
        body.put("raisedByUnitCode", community);
        body.put("streetCode", street);
        body.put("place", "老旧小区3栋");
        body.put("description", description);
        body.put("matterId", matterId);
        body.put("raisedAt", at.toString());
        return created(http.post(communityStaff, BASE, body));
    }

    void arrive(String id, Http.Credentials staff, String department, OffsetDateTime at) {
        noContent(http.post(staff, BASE + "/" + id + "/duty-reports",
                            Map.of("departmentCode", department, "arrivedAt", at.toString())));
    }

    void plan(String id, OffsetDateTime at) {
        noContent(http.post(streetStaff, BASE + "/" + id + "/remedy-plan",
                            Map.of("publishedByUnitCode", street, "plan", "城管局重建管网，住建局保障施工，街道做好居民工作",
                                   "publishedAt", at.toString())));
    }

    void resolve(String id, OffsetDateTime at) {
        noContent(http.post(streetStaff, BASE + "/" + id + "/resolution",
                            Map.of("summary", "已解决", "resolvedAt", at.toString())));
    }

    void rate(String id, boolean satisfied) {
        noContent(http.post(communityStaff, BASE + "/" + id + "/rating", Map.of("satisfied", satisfied)));
    }

    void complain(String id, String department, OffsetDateTime at) {
        noContent(http.post(communityStaff, BASE + "/" + id + "/complaints",
                            Map.of("complainantUnitCode", community, "departmentCode", department,
                                   "description", "互相推诿，无人到场", "complainedAt", at.toString())));
    }

    /** One request of the list's matter walked from raising to solution in {@code days}; returns its id. */
    String solved(String matterId, OffsetDateTime raisedAt, double days, boolean bothDepartments) {
        String id = raise(matterId, "污水倒灌", raisedAt);
        arrive(id, cityStaff, city, raisedAt.plusMinutes(30));
        if (bothDepartments) {
            arrive(id, housingStaff, housing, raisedAt.plusMinutes(90));
        }
        plan(id, raisedAt.plusDays(1));
        resolve(id, raisedAt.plusMinutes(Math.round(days * 24 * 60)));
        return id;
    }

    JsonNode request(String id) {
        Http.Response response = http.get(streetStaff, BASE + "/" + id);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    JsonNode report(String query) {
        Http.Response response = http.get(streetStaff, "/api/reports/responsibilities?street=" + street + "&" + query);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private static String created(Http.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return response.body().get("id").asString();
    }

    static void noContent(Http.Response response) {
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(204);
    }
}
