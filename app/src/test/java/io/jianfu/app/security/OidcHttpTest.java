package io.jianfu.app.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.jianfu.app.support.Http;
import io.jianfu.app.support.HttpTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static io.jianfu.app.support.Meetings.plan;
import static io.jianfu.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bearer JWTs from the configured OpenID Connect issuer over HTTP: unit and roles come from the token's claims and
 * reach the events' metadata; a forged, expired or foreign token is a 401 problem; built-in users still sign in.
 */
class OidcHttpTest extends HttpTestBase {
    static final String ISSUER = "https://idp.jianfu.test/realms/district";

    private static PrivateKey testKey() throws IOException, GeneralSecurityException {
        String pem = new ClassPathResource("oidc/test-private.pem").getContentAsString(StandardCharsets.US_ASCII)
                .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    private static String token(PrivateKey key, String issuer, String username, String unit, Object roles,
                                Instant expires) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject("sub-" + username)
                                                        .claim("preferred_username", username).claim("unit", unit)
                                                        .claim("roles", roles).issueTime(new Date())
                                                        .expirationTime(Date.from(expires)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    @Test
    void aTokensUnitAndRolesActLikeABuiltInUsers() throws Exception {
        String street = directory.unit("STREET");
        String username = unique("oidc-");
        String token = token(testKey(), ISSUER, username, street, List.of("STAFF", "GOD"),
                             Instant.now().plusSeconds(300));

        Http.Response filed = http.post(null, "/api/meeting-plans", plan(street, 2026, 12), bearer(token));
        assertThat(filed.status()).as(filed.body().toString()).isEqualTo(201);
        Http.Response elsewhere = http.post(null, "/api/meeting-plans", plan(directory.unit("STREET"), 2026, 12),
                                            bearer(token));
        assertProblem(elsewhere, 403);

        Http.Credentials auditor = directory.user(street, "AUDITOR");
        JsonNode event = http.get(auditor, "/api/audit/events?actor=" + username).body().get("events").get(0);
        assertThat(event.get("metadata").get("unit").asString()).isEqualTo(street);
        assertThat(event.get("metadata").get("roles").toString()).isEqualTo("[\"STAFF\"]");
        assertProblem(http.get("/api/audit/events", bearer(token)), 403);

        String auditorToken = token(testKey(), ISSUER, unique("oidc-aud-"), street, "AUDITOR",
                                    Instant.now().plusSeconds(300));
        assertThat(http.get("/api/audit/events?actor=" + username, bearer(auditorToken)).status()).isEqualTo(200);
    }

    @Test
    void forgedExpiredOrForeignTokensAreRefused() throws Exception {
        String street = directory.unit("STREET");
        Instant later = Instant.now().plusSeconds(300);
        PrivateKey stranger = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
        long events = storedEvents();

        for (String token : List.of(token(stranger, ISSUER, "mallory", street, "ADMIN", later),
                                    token(testKey(), ISSUER, "late", street, "STAFF", Instant.now().minusSeconds(600)),
                                    token(testKey(), "https://other.issuer.test", "eve", street, "ADMIN", later),
                                    "not-a-jwt")) {
            Http.Response refused = http.post(null, "/api/meeting-plans", plan(street, 2026, 12), bearer(token));
            assertProblem(refused, 401);
            assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
        }
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(http.get(null, "/api/units").status()).isEqualTo(401);
        assertThat(http.get(directory.user(street, "STAFF"), "/api/units?limit=1").status()).isEqualTo(200);
    }
}
