package io.jianfu.app.evaluation;

import io.jianfu.app.support.Directory;
import io.jianfu.app.support.Http;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A campaign over HTTP: one discipline officer, evaluated departments and respondent towns from the directory. */
final class EvaluationScenario {
    final Http http;
    final Http.Credentials discipline;
    final List<String> departments;
    final List<String> towns;
    String campaignId;
    final List<String> tokens = new ArrayList<>();

    EvaluationScenario(Http http, Directory directory, int departmentCount, int townCount) {
        this.http = http;
        String office = directory.unit("OFFICE");
        this.discipline = directory.user(office, "DISCIPLINE");
        this.departments = new ArrayList<>();
        for (int i = 0; i < departmentCount; i++) {
            departments.add(directory.unit("DEPARTMENT"));
        }
        this.towns = new ArrayList<>();
        for (int i = 0; i < townCount; i++) {
            towns.add(directory.unit("TOWN"));
        }
    }

    Map<String, Object> launchBody(int answersPerTown) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "2031年1月基层反向评价");
        body.put("periodStart", "2031-01-01");
        body.put("periodEnd", "2031-01-31");
        body.put("evaluatedDepartmentCodes", departments);
        body.put("respondents", towns.stream().map(t -> Map.of("unitCode", t, "answers", answersPerTown)).toList());
        return body;
    }

    JsonNode launch(int answersPerTown) {
        Http.Response launched = http.post(discipline, "/api/evaluations", launchBody(answersPerTown));
        assertThat(launched.status()).as(launched.body().toString()).isEqualTo(201);
        campaignId = launched.body().get("id").asString();
        launched.body().get("tokens").forEach(t -> tokens.add(t.get("token").asString()));
        return launched.body();
    }

    static Map<String, Object> answer(String department, String verdict, List<String> issues, String comment) {
        Map<String, Object> answer = new HashMap<>();
        answer.put("departmentCode", department);
        answer.put("verdict", verdict);
        answer.put("issues", issues);
        answer.put("comment", comment);
        return answer;
    }

    Http.Response submit(String token, List<Map<String, Object>> answers) {
        Map<String, Object> body = new HashMap<>();
        body.put("token", token);
        body.put("answers", answers);
        return http.post(null, "/api/evaluations/" + campaignId + "/answers", body);
    }

    void submitted(String token, List<Map<String, Object>> answers) {
        Http.Response response = submit(token, answers);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(202);
    }

    void close() {
        Http.Response closed = http.post(discipline, "/api/evaluations/" + campaignId + "/closing", Map.of());
        assertThat(closed.status()).as(closed.body().toString()).isEqualTo(204);
    }

    JsonNode results(Http.Credentials reader) {
        Http.Response results = http.get(reader, "/api/evaluations/" + campaignId + "/results");
        assertThat(results.status()).as(results.body().toString()).isEqualTo(200);
        return results.body();
    }

    static JsonNode department(JsonNode results, String code) {
        for (JsonNode department : results.get("departments")) {
            if (department.get("departmentCode").asString().equals(code)) {
                return department;
            }
        }
        throw new AssertionError("No department " + code + " in " + results);
    }
}
