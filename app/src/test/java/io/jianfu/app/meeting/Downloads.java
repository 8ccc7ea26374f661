package io.jianfu.app.meeting;

import io.jianfu.app.support.Http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

/**
 * Binary requests for materials: GETs read byte for byte, which {@link Http} (text and JSON) does not, and uploads
 * with extra headers such as {@code Idempotency-Key}.
 */
final class Downloads {
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    Downloads(int port) {
        this.base = "http://localhost:" + port;
    }

    HttpResponse<byte[]> get(Http.Credentials who, String path) {
        return send(request(who, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> upload(Http.Credentials who, String path, String contentType, byte[] body,
                                Map<String, String> headers) {
        HttpRequest.Builder request = request(who, path).header("Content-Type", contentType)
                                                        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(Http.Credentials who, String path) {
        String token = who.username() + ":" + who.password();
        return HttpRequest.newBuilder(URI.create(base + path))
                          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                  token.getBytes(StandardCharsets.UTF_8)));
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
