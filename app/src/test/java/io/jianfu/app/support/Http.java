package io.jianfu.app.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** A plain HTTP client for tests: real requests to the running application, JSON in and out. */
public class Http {
    private final String base;
    private final JsonMapper json;
    private final HttpClient client = HttpClient.newHttpClient();

    public Http(String base, JsonMapper json) {
        this.base = base;
        this.json = json;
    }

    public record Credentials(String username, String password) {
    }

    public record Response(int status, JsonNode body, HttpResponse<String> raw) {
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }

    public Response get(Credentials who, String path) {
        return send(request(who, path).GET());
    }

    /** A GET with headers of its own, e.g. a bearer token instead of credentials. */
    public Response get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = request(null, path).GET();
        headers.forEach(request::header);
        return send(request);
    }

    public Response post(Credentials who, String path, Object body) {
        return post(who, path, body, Map.of());
    }

    public Response post(Credentials who, String path, Object body, Map<String, String> headers) {
        String text = body instanceof String raw ? raw : json.writeValueAsString(body);
        HttpRequest.Builder request = request(who, path).header("Content-Type", "application/json")
                                                        .POST(HttpRequest.BodyPublishers.ofString(text));
        headers.forEach(request::header);
        return send(request);
    }

    public Response put(Credentials who, String path, Object body) {
        return send(request(who, path).header("Content-Type", "application/json")
                                      .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }

    public Response postBytes(Credentials who, String path, String contentType, byte[] body) {
        return send(request(who, path).header("Content-Type", contentType)
                                      .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(Credentials who, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (who != null) {
            String token = who.username() + ":" + who.password();
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    token.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(),
                                                         HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String body = response.body();
            JsonNode node = body == null || body.isBlank() ? json.nullNode() : parse(body);
            return new Response(response.statusCode(), node, response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (RuntimeException notJson) {
            return json.getNodeFactory().stringNode(body);
        }
    }
}
