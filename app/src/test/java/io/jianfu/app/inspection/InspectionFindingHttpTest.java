package io.jianfu.app.inspection;

import io.jianfu.app.support.Directory;
import io.jianfu.app.support.Http;
import io.jianfu.app.support.HttpTestBase;
import io.jianfu.app.support.Replays;
import io.jianfu.query.inspection.InspectionFindingProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.jianfu.app.inspection.InspectionClearingHttpTest.created;
import static io.jianfu.app.inspection.InspectionClearingHttpTest.inspection;
import static io.jianfu.app.inspection.InspectionClearingHttpTest.noContent;
import static io.jianfu.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Findings over HTTP against PostgreSQL: a finding with a photo larger than the general body limit (content read
 * back byte for byte with its SHA-256), the town seeing and rectifying it with evidence, the caps on findings and
 * photos, the 413 for an oversize photo, refusals of bad input that store nothing, and a replay of the view.
 */
class InspectionFindingHttpTest extends HttpTestBase {
    private static final int PHOTO_MAX = 5 * 1024 * 1024;
    private static final List<String> TABLES = List.of(
            "SELECT * FROM inspection_finding_view ORDER BY inspection_id, finding_id",
            "SELECT * FROM inspection_finding_photo_view ORDER BY inspection_id, photo_id");

    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private EventStore store;
    @Autowired
    private TokenStore tokenStore;
    @LocalServerPort
    private int port;

    private String department;
    private String town;
    private String street;
    private Http.Credentials departmentStaff;
    private Http.Credentials townStaff;
    private String inspectionId;
    private String base;

    @BeforeEach
    void anEmergencyInspectionOfATownAndAStreet() {
        department = directory.unit("DEPARTMENT");
        town = directory.unit("TOWN");
        street = directory.unit("STREET");
        departmentStaff = directory.user(department, "STAFF");
        townStaff = directory.user(town, "STAFF");
        Map<String, Object> emergency = inspection(department, "安全生产检查", "安全", List.of(town, street),
                                                   "2043-05-10", "2043-05-11");
        emergency.put("emergencyCategory", "安全生产");
        inspectionId = created(http.post(departmentStaff, "/api/inspections", emergency));
        base = "/api/inspections/" + inspectionId + "/findings";
    }

    private String record(String target, String problem) {
        Http.Response response = http.post(departmentStaff, base, Map.of("targetUnitCode", target, "problem", problem));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return response.body().get("findingId").asString();
    }

    @Test
    void aFindingWithAPhotoReachesTheTownWhichRectifiesIt() {
        Map<String, Object> body = new HashMap<>(Map.of("id", "f-1", "targetUnitCode", town, "problem",
                                                        "消防通道堵塞", "category", "消防"));
        Http.Response first = http.post(departmentStaff, base, body);
        assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
        assertThat(first.header("Location")).isEqualTo(base + "/f-1");
        Http.Response again = http.post(departmentStaff, base, body);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("created").asBoolean()).isFalse();

        byte[] jpeg = image(3 * 1024 * 1024 + 5, 0xD8);
        String sha256 = sha256(jpeg);
        Http.Response upload = http.postBytes(departmentStaff, base + "/f-1/photos?id=p-1&takenAt="
                + "2043-05-10T09:30:00%2B08:00", "image/jpeg", jpeg);
        assertThat(upload.status()).as(upload.body().toString()).isEqualTo(201);
        assertThat(upload.body().get("sha256").asString()).isEqualTo(sha256);
        assertThat(upload.body().get("size").asLong()).isEqualTo(jpeg.length);

        Http.Credentials auditor = directory.user(directory.unit("OFFICE"), "AUDITOR");
        HttpResponse<byte[]> download = bytes(auditor, upload.header("Location"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(jpeg);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(download.headers().firstValue("ETag")).hasValue("\"" + sha256 + "\"");
        assertThat(jdbc.sql("SELECT sha256 FROM inspection_finding_photo WHERE inspection_id = ? AND photo_id = 'p-1'")
                       .param(inspectionId).query(String.class).single()).isEqualTo(sha256);

        JsonNode open = http.get(townStaff, "/api/inspections/findings?status=OPEN&unit=" + town).body();
        assertThat(open).hasSize(1);
        JsonNode finding = open.get(0);
        assertThat(finding.get("problem").asString()).isEqualTo("消防通道堵塞");
        assertThat(finding.get("category").asString()).isEqualTo("消防");
        assertThat(finding.get("departmentCode").asString()).isEqualTo(department);
        JsonNode photo = finding.get("photos").get(0);
        assertThat(photo.get("sha256").asString()).isEqualTo(sha256);
        assertThat(photo.get("kind").asString()).isEqualTo("PROBLEM");
        assertThat(photo.get("takenAt").asString()).isEqualTo("2043-05-10T09:30:00+08:00");
        assertThat(photo.get("url").asString()).isEqualTo(upload.header("Location"));
        assertThat(http.get(auditor, "/api/inspections/" + inspectionId + "/findings").body()).hasSize(1);

        byte[] png = image(2000, 0x50);
        Http.Response evidence = http.postBytes(townStaff, base + "/f-1/photos?kind=EVIDENCE", "image/png", png);
        assertThat(evidence.status()).as(evidence.body().toString()).isEqualTo(201);
        assertProblem(http.post(directory.user(street, "STAFF"), base + "/f-1/rectification",
                                Map.of("evidence", "已清理")), 403);
        assertProblem(http.post(departmentStaff, base + "/f-1/rectification", Map.of("evidence", "已清理")), 403);
        noContent(http.post(townStaff, base + "/f-1/rectification", Map.of("evidence", "已清理消防通道")));
        assertProblem(http.post(townStaff, base + "/f-1/rectification", Map.of("evidence", "再次")), 422);

        JsonNode rectified = http.get(townStaff, base + "/f-1").body();
        assertThat(rectified.get("status").asString()).isEqualTo("RECTIFIED");
        assertThat(rectified.get("evidence").asString()).isEqualTo("已清理消防通道");
        assertThat(rectified.get("photos")).hasSize(2);
        assertThat(rectified.get("photos").get(1).get("kind").asString()).isEqualTo("EVIDENCE");
        assertThat(http.get(townStaff, "/api/inspections/findings?status=OPEN&unit=" + town).body()).isEmpty();
        assertThat(bytes(townStaff, rectified.get("photos").get(1).get("url").asString()).body()).isEqualTo(png);

        List<List<Map<String, Object>>> before = TABLES.stream().map(sql -> jdbc.sql(sql).query().listOfRows()).toList();
        Replays.rebuild(processing, store, tokenStore, InspectionFindingProjection.GROUP);
        List<List<Map<String, Object>>> after = TABLES.stream().map(sql -> jdbc.sql(sql).query().listOfRows()).toList();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void anInspectionTakesAtMostTenFindingsAndTwentyProblemPhotos() {
        String first = record(town, "问题 1");
        for (int n = 2; n <= 10; n++) {
            record(n % 2 == 0 ? street : town, "问题 " + n);
        }
        Http.Response eleventh = http.post(departmentStaff, base, Map.of("targetUnitCode", town, "problem", "琐碎问题"));
        assertProblem(eleventh, 422);
        assertThat(eleventh.body().get("detail").asString()).contains("the most allowed (10)");

        byte[] jpeg = image(500, 0xD8);
        for (int n = 1; n <= 20; n++) {
            Http.Response upload = http.postBytes(departmentStaff, base + "/" + first + "/photos?id=p-" + n,
                                                  "image/jpeg", jpeg);
            assertThat(upload.status()).as(upload.body().toString()).isEqualTo(201);
        }
        long events = storedEvents();
        Http.Response tooMany = http.postBytes(departmentStaff, base + "/" + first + "/photos?id=p-21", "image/jpeg",
                                               jpeg);
        assertProblem(tooMany, 422);
        assertThat(tooMany.body().get("detail").asString()).contains("the most allowed (20)");
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(photoRows()).isEqualTo(20);
    }

    @Test
    void anOversizePhotoIs413AndStoresNothing() {
        String finding = record(town, "问题");
        long events = storedEvents();
        Http.Response response = http.postBytes(departmentStaff, base + "/" + finding + "/photos", "image/jpeg",
                                                image(PHOTO_MAX + 1, 0xD8));
        assertProblem(response, 413);
        assertThat(response.body().get("detail").asString()).contains("at most " + PHOTO_MAX + " bytes");
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(photoRows()).isZero();
    }

    @Test
    void badInputAndWrongSendersAreRefusedAndStoreNothing() {
        String finding = record(town, "问题");
        Http.Credentials otherStaff = directory.user(directory.unit("DEPARTMENT"), "STAFF");
        String notATarget = directory.unit("TOWN");
        String pending = created(http.post(departmentStaff, "/api/inspections",
                                           inspection(department, "一事一报", "环保", List.of(town), "2043-05-20",
                                                      "2043-05-20")));
        long events = storedEvents();
        assertProblem(http.post(departmentStaff, base, Map.of("targetUnitCode", town, "problem", " ")), 400);
        assertProblem(http.post(departmentStaff, base, Map.of("targetUnitCode", town)), 400);
        assertProblem(http.post(otherStaff, base, Map.of("targetUnitCode", town, "problem", "p")),
                      403);
        assertProblem(http.post(townStaff, base, Map.of("targetUnitCode", town, "problem", "p")), 403);
        assertProblem(http.post(departmentStaff, base, Map.of("targetUnitCode", notATarget,
                                                              "problem", "p")), 422);
        assertProblem(http.post(departmentStaff, "/api/inspections/" + pending + "/findings",
                                Map.of("targetUnitCode", town, "problem", "p")), 422);
        assertProblem(http.post(departmentStaff, "/api/inspections/no-such-inspection/findings",
                                Map.of("targetUnitCode", town, "problem", "p")), 404);
        String photos = base + "/" + finding + "/photos";
        assertProblem(http.postBytes(departmentStaff, photos, "application/pdf", image(100, 0xD8)), 400);
        assertProblem(http.postBytes(departmentStaff, photos, "image/jpeg", image(100, 0x00)), 400);
        assertProblem(http.postBytes(departmentStaff, photos, "image/jpeg", new byte[0]), 400);
        assertProblem(http.postBytes(departmentStaff, photos + "?takenAt=yesterday", "image/jpeg", image(100, 0xD8)),
                      400);
        assertProblem(http.postBytes(departmentStaff, photos + "?kind=SELFIE", "image/jpeg", image(100, 0xD8)), 400);
        assertProblem(http.postBytes(townStaff, photos, "image/jpeg", image(100, 0xD8)), 403);
        assertProblem(http.postBytes(departmentStaff, base + "/no-such-finding/photos", "image/jpeg",
                                     image(100, 0xD8)), 404);
        assertProblem(http.post(townStaff, base + "/" + finding + "/rectification", Map.of("evidence", "")), 400);
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(photoRows()).isZero();
        assertThat(bytes(townStaff, photos + "/no-such-photo").statusCode()).isEqualTo(404);
        assertProblem(http.get(townStaff, "/api/inspections/findings?status=DONE"), 400);
        assertProblem(http.get(townStaff, base + "/no-such-finding"), 404);
    }

    private long photoRows() {
        return jdbc.sql("SELECT COUNT(*) FROM inspection_finding_photo WHERE inspection_id = ?").param(inspectionId)
                   .query(Long.class).single();
    }

    /** Random bytes behind a JPEG (0xD8) or PNG (0x50) signature, or none (anything else). */
    private static byte[] image(int size, int kind) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        byte[] signature = kind == 0xD8 ? new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}
                : kind == 0x50 ? new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}
                : new byte[]{0, 0, 0};
        System.arraycopy(signature, 0, bytes, 0, Math.min(signature.length, size));
        return bytes;
    }

    private HttpResponse<byte[]> bytes(Http.Credentials who, String path) {
        String token = Base64.getEncoder().encodeToString((who.username() + ":" + who.password())
                                                                  .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                         .header("Authorization", "Basic " + token).GET().build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
