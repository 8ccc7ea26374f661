package io.jianfu.app.support;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that a response is an RFC 9457 problem document with the given status. */
public final class Problems {
    private Problems() {
    }

    public static void assertProblem(Http.Response response, int status) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("status").asInt()).isEqualTo(status);
        assertThat(response.body().get("detail").asString()).isNotBlank();
    }
}
