package io.jianfu.app.meeting;

import io.jianfu.app.support.Http;
import io.jianfu.app.support.HttpTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.jianfu.app.support.Meetings.meeting;
import static io.jianfu.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meeting materials over HTTP: an upload larger than the general body limit is stored in PostgreSQL with its SHA-256,
 * the download returns the same bytes with their type, and an oversize upload is a 413 that stores nothing.
 */
class MeetingMaterialHttpTest extends HttpTestBase {
    private static final OffsetDateTime START = OffsetDateTime.parse("2026-06-11T14:00:00+08:00");
    private static final int TWENTY_MB = 20 * 1024 * 1024;

    @LocalServerPort
    private int port;

    private Http.Credentials organiserStaff;
    private Http.Credentials attendeeStaff;
    private String base;
    private Downloads downloads;

    @BeforeEach
    void meetingWithNotice() {
        String organiser = directory.unit("DEPARTMENT");
        String attendeeUnit = directory.unit("STREET");
        List<String> cadres = directory.cadres(attendeeUnit, 2);
        organiserStaff = directory.user(organiser, "STAFF");
        attendeeStaff = directory.user(attendeeUnit, "STAFF");
        Http.Response created = http.post(organiserStaff, "/api/meetings",
                                          meeting(organiser, "生态环境专题会", START, cadres));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        base = "/api/meetings/" + created.body().get("id").asString();
        Http.Response notice = http.post(organiserStaff, base + "/notice", Map.of("message", "请会前阅读材料"));
        assertThat(notice.status()).as(notice.body().toString()).isEqualTo(201);
        downloads = new Downloads(port);
    }

    @Test
    void anUploadedMaterialDownloadsByteForByteWithItsTypeAndSha256() {
        byte[] pdf = randomBytes(3 * 1024 * 1024 + 17);
        String sha256 = Downloads.sha256(pdf);
        String name = "会议材料 第1号.pdf";
        Http.Response upload = http.postBytes(organiserStaff, uploadPath(name), "application/pdf", pdf);
        assertThat(upload.status()).as(upload.body().toString()).isEqualTo(201);
        assertThat(upload.body().get("sha256").asString()).isEqualTo(sha256);
        assertThat(upload.body().get("size").asLong()).isEqualTo(pdf.length);
        String location = upload.header("Location");
        String materialId = upload.body().get("materialId").asString();
        assertThat(location).isEqualTo(base + "/materials/" + materialId);

        HttpResponse<byte[]> download = downloads.get(attendeeStaff, location);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(Downloads.sha256(download.body())).isEqualTo(sha256);
        assertThat(download.headers().firstValue("ETag")).hasValue("\"" + sha256 + "\"");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains("filename*=UTF-8''");

        JsonNode material = eventually(() -> http.get(attendeeStaff, base + "/paperwork").body(),
                                       view -> view.get("materials").size() == 1).get("materials").get(0);
        assertThat(material.get("id").asString()).isEqualTo(materialId);
        assertThat(material.get("fileName").asString()).isEqualTo(name);
        assertThat(material.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(material.get("size").asLong()).isEqualTo(pdf.length);
        assertThat(material.get("sha256").asString()).isEqualTo(sha256);
        assertThat(material.get("uploadedAt").asString()).endsWith("+08:00");
        assertThat(jdbc.sql("SELECT sha256 FROM meeting_material_content WHERE material_id = ?").param(materialId)
                       .query(String.class).single()).isEqualTo(sha256);
    }

    @Test
    void aRetriedUploadWithTheSameIdempotencyKeyStoresNothingTwice() {
        byte[] content = randomBytes(1_000);
        Map<String, String> key = Map.of("Idempotency-Key", unique("upload"));
        HttpResponse<String> first = downloads.upload(organiserStaff, uploadPath("a.bin"),
                                                      "application/octet-stream", content, key);
        long events = storedEvents();
        long contents = storedContents();
        HttpResponse<String> again = downloads.upload(organiserStaff, uploadPath("a.bin"),
                                                      "application/octet-stream", content, key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json.readTree(again.body()).get("materialId"))
                .isEqualTo(json.readTree(first.body()).get("materialId"));
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(storedContents()).isEqualTo(contents);
    }

    @Test
    void anUploadOverTwentyMegabytesIs413AndStoresNothing() {
        long events = storedEvents();
        long contents = storedContents();
        Http.Response response = http.postBytes(organiserStaff, uploadPath("big.pdf"), "application/pdf",
                                                new byte[TWENTY_MB + 1]);
        assertProblem(response, 413);
        assertThat(response.body().get("detail").asString()).contains("at most 20 MB");
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(storedContents()).isEqualTo(contents);
    }

    @Test
    void refusedUploadsStoreNothing() {
        long events = storedEvents();
        long contents = storedContents();
        byte[] content = randomBytes(100);
        assertProblem(http.postBytes(attendeeStaff, uploadPath("a.pdf"), "application/pdf", content), 403);
        Http.Response noName = http.postBytes(organiserStaff, base + "/materials", "application/pdf", content);
        assertProblem(noName, 400);
        assertThat(noName.body().get("errors").get("fileName").asString()).isEqualTo("is required");
        assertProblem(http.postBytes(organiserStaff, uploadPath("empty.pdf"), "application/pdf", new byte[0]), 400);
        assertProblem(http.postBytes(organiserStaff, "/api/meetings/no-such-meeting/materials?fileName=a.pdf",
                                     "application/pdf", content), 404);
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(storedContents()).isEqualTo(contents);
    }

    @Test
    void anUnknownMaterialIs404AndAnAuditorsReadLeavesNoTrace() {
        assertThat(downloads.get(attendeeStaff, base + "/materials/no-such-material").statusCode()).isEqualTo(404);
        Http.Response upload = http.postBytes(organiserStaff, uploadPath("n.txt"), "text/plain", randomBytes(10));
        Http.Credentials auditor = directory.user(directory.unit("OFFICE"), "AUDITOR");
        long events = storedEvents();
        HttpResponse<byte[]> read = downloads.get(auditor, upload.header("Location"));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(storedEvents()).isEqualTo(events);
    }

    private String uploadPath(String fileName) {
        return base + "/materials?fileName=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8);
    }

    private long storedContents() {
        return jdbc.sql("SELECT count(*) FROM meeting_material_content").query(Long.class).single();
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
