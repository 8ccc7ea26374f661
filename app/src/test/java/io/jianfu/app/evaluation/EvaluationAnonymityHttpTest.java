package io.jianfu.app.evaluation;

import io.jianfu.app.support.Directory;
import io.jianfu.app.support.Http;
import io.jianfu.app.support.HttpTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.jianfu.app.evaluation.EvaluationScenario.answer;
import static io.jianfu.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous answers over HTTP against PostgreSQL: a token works once, a reused or forged token stores nothing, and the
 * stored answer rows carry nothing that names or times a respondent (payload and metadata read from the table).
 */
class EvaluationAnonymityHttpTest extends HttpTestBase {
    @LocalServerPort
    private int port;

    private long heldAnswers() {
        return jdbc.sql("SELECT count(*) FROM evaluation_held_answer").query(Long.class).single();
    }

    private long usedTokens(String campaignId) {
        return jdbc.sql("SELECT count(*) FROM evaluation_token WHERE campaign_id = ? AND used").param(campaignId)
                   .query(Long.class).single();
    }

    @Test
    void aTokenWorksOnceAndAReusedOrForgedTokenStoresNothing() {
        EvaluationScenario campaign = new EvaluationScenario(http, directory, 1, 1);
        JsonNode launched = campaign.launch(5);
        assertThat(campaign.tokens).hasSize(5).doesNotHaveDuplicates();
        assertThat(launched.get("tokens").get(0).get("link").asString())
                .contains("campaign=" + campaign.campaignId).endsWith("#token=" + campaign.tokens.get(0));
        String department = campaign.departments.get(0);
        List<Map<String, Object>> sheet = List.of(answer(department, "BAD", List.of("TOO_MANY_INSPECTIONS"), "检查太多"));

        campaign.submitted(campaign.tokens.get(0), sheet);
        assertThat(usedTokens(campaign.campaignId)).isEqualTo(1);

        long events = storedEvents();
        long held = heldAnswers();
        Http.Response reused = campaign.submit(campaign.tokens.get(0), sheet);
        assertProblem(reused, 409);
        Http.Response forged = campaign.submit("AAAAAAAAAAAAAAAAAAAAAAAAAAA", sheet);
        assertProblem(forged, 404);
        Http.Response garbage = campaign.submit("not a token", sheet);
        assertProblem(garbage, 404);
        Http.Response unknownDepartment = campaign.submit(campaign.tokens.get(1),
                                                          List.of(answer("nobody", "GOOD", List.of(), null)));
        assertProblem(unknownDepartment, 422);
        Http.Response noVerdict = campaign.submit(campaign.tokens.get(1),
                                                  List.of(answer(department, null, List.of(), null)));
        assertProblem(noVerdict, 400);
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(heldAnswers()).isEqualTo(held);
        assertThat(usedTokens(campaign.campaignId)).isEqualTo(1);

        // The refused sheets did not burn the token they carried.
        campaign.submitted(campaign.tokens.get(1), sheet);
        assertThat(usedTokens(campaign.campaignId)).isEqualTo(2);
    }

    @Test
    void theStoredAnswerNamesNoOneAndCarriesNoMetadata() {
        EvaluationScenario campaign = new EvaluationScenario(http, directory, 1, 1);
        campaign.launch(5);
        String department = campaign.departments.get(0);
        String requestId = unique("req-");
        Http.Response answered = http.post(
                campaign.discipline, "/api/evaluations/" + campaign.campaignId + "/answers",
                Map.of("token", campaign.tokens.get(0),
                       "answers", List.of(answer(department, "GOOD", List.of(), "signed-in caller"))),
                Map.of("X-Request-Id", requestId, "User-Agent", "ua-" + requestId));
        assertThat(answered.status()).as(answered.body().toString()).isEqualTo(202);
        campaign.close();

        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT convert_from(payload, 'UTF8') AS payload, convert_from(meta_data, 'UTF8') AS meta,
                       aggregate_identifier, type, time_stamp
                FROM domain_event_entry
                WHERE payload_type = 'io.jianfu.events.evaluation.EvaluationSubmitted'
                  AND convert_from(payload, 'UTF8') LIKE ?""").param("%" + campaign.campaignId + "%")
                                             .query().listOfRows();
        assertThat(rows).hasSize(1);
        Map<String, Object> row = rows.get(0);
        JsonNode payload = json.readTree((String) row.get("payload"));
        List<String> fields = new ArrayList<>();
        payload.propertyNames().forEach(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("campaignId", "answers");
        List<String> answerFields = new ArrayList<>();
        payload.get("answers").get(0).propertyNames().forEach(answerFields::add);
        assertThat(answerFields).containsExactlyInAnyOrder("departmentCode", "verdict", "issues", "comment");
        String meta = (String) row.get("meta");
        assertThat(meta == null || json.readTree(meta).isEmpty()).as(meta).isTrue();
        String stored = row.get("payload") + " " + meta + " " + row.get("aggregate_identifier") + " "
                + row.get("type");
        assertThat(stored).doesNotContain(campaign.tokens.get(0), campaign.discipline.username(), requestId,
                                          campaign.towns.get(0));
        assertThat(row.get("type")).isNull();

        // The only other events of the campaign are the launch and the close; the answer is not in their stream.
        long campaignStream = jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                                  .param(campaign.campaignId).query(Long.class).single();
        assertThat(campaignStream).isEqualTo(2);
        // Closing burnt the ballot box: no salt, no hashes, nothing held.
        assertThat(jdbc.sql("SELECT count(*) FROM evaluation_token WHERE campaign_id = ?")
                       .param(campaign.campaignId).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM evaluation_ballot WHERE campaign_id = ?")
                       .param(campaign.campaignId).query(Long.class).single()).isZero();
    }

    @Test
    void aClosedCampaignRefusesAnswersAndOnlyAnswersAreOpenToAnonymousCallers() {
        EvaluationScenario campaign = new EvaluationScenario(http, directory, 1, 1);
        campaign.launch(5);
        String department = campaign.departments.get(0);
        campaign.close();
        long events = storedEvents();
        Http.Response late = campaign.submit(campaign.tokens.get(0),
                                             List.of(answer(department, "GOOD", List.of(), null)));
        assertProblem(late, 422);
        assertThat(storedEvents()).isEqualTo(events);
        assertProblem(http.post(campaign.discipline, "/api/evaluations/" + campaign.campaignId + "/closing",
                                Map.of()), 422);
        Map<String, Object> again = campaign.launchBody(5);
        again.put("id", campaign.campaignId);
        assertProblem(http.post(campaign.discipline, "/api/evaluations", again), 409);
        assertThat(storedEvents()).isEqualTo(events);

        assertProblem(http.get(null, "/api/evaluations/" + campaign.campaignId + "/results"), 401);
        assertProblem(http.post(null, "/api/evaluations", campaign.launchBody(5)), 401);
        assertProblem(http.post(null, "/api/evaluations/" + campaign.campaignId + "/closing", Map.of()), 401);
        assertProblem(http.get(null, "/api/rectifications"), 401);
    }

    @Test
    void onlyDisciplineLaunchesAndATooSmallCampaignIsRefused() {
        EvaluationScenario campaign = new EvaluationScenario(http, directory, 1, 1);
        Http.Credentials staff = directory.user(campaign.departments.get(0), "STAFF");
        Http.Credentials office = directory.user(directory.unit("OFFICE"), "SUPERVISION_OFFICE");
        long events = storedEvents();
        assertProblem(http.post(staff, "/api/evaluations", campaign.launchBody(5)), 403);
        assertProblem(http.post(office, "/api/evaluations", campaign.launchBody(5)), 403);
        assertProblem(http.post(campaign.discipline, "/api/evaluations", campaign.launchBody(4)), 422);
        Map<String, Object> backwards = campaign.launchBody(5);
        backwards.put("periodEnd", "2030-12-31");
        Http.Response invalid = http.post(campaign.discipline, "/api/evaluations", backwards);
        assertProblem(invalid, 400);
        assertThat(invalid.body().get("errors").has("periodEnd")).isTrue();
        Map<String, Object> wrongKind = campaign.launchBody(5);
        wrongKind.put("evaluatedDepartmentCodes", campaign.towns);
        assertProblem(http.post(campaign.discipline, "/api/evaluations", wrongKind), 422);
        assertThat(storedEvents()).isEqualTo(events);

        Map<String, Object> named = campaign.launchBody(5);
        named.put("id", unique("ev-"));
        assertThat(http.post(campaign.discipline, "/api/evaluations", named).status()).isEqualTo(201);
        assertProblem(http.post(campaign.discipline, "/api/evaluations", named), 409);
        assertProblem(http.get(staff, "/api/evaluations/" + named.get("id") + "/results"), 403);
    }

    @Test
    void theLauncherPrintsAQrCodePngForAnIssuedTokenOnly() throws Exception {
        EvaluationScenario campaign = new EvaluationScenario(http, directory, 1, 1);
        campaign.launch(5);
        var client = java.net.http.HttpClient.newHttpClient();
        String auth = java.util.Base64.getEncoder().encodeToString(
                (campaign.discipline.username() + ":" + campaign.discipline.password()).getBytes());
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://localhost:" + port + "/api/evaluations/" + campaign.campaignId + "/qr-codes"))
                .header("Authorization", "Basic " + auth).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        json.writeValueAsString(Map.of("token", campaign.tokens.get(0))))).build();
        var png = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body()));
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(200);

        assertProblem(http.post(campaign.discipline, "/api/evaluations/" + campaign.campaignId + "/qr-codes",
                                Map.of("token", "AAAAAAAAAAAAAAAAAAAAAAAAAAA")), 404);
        Http.Credentials auditor = directory.user(directory.unit("OFFICE"), "AUDITOR");
        assertProblem(http.post(auditor, "/api/evaluations/" + campaign.campaignId + "/qr-codes",
                                Map.of("token", campaign.tokens.get(0))), 403);
    }
}
