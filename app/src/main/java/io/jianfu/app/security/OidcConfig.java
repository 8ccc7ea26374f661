package io.jianfu.app.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * OpenID Connect option: bearer JWTs from the configured issuer are accepted alongside the built-in users. Keys come
 * from a PEM public key file when one is configured (air-gapped sites, tests), else from the JWK set URI, else from
 * the issuer's discovery document on first use; the issuer and expiry are always checked.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${jianfu.oidc.issuer-uri:}'.isBlank()")
public class OidcConfig {

    @Bean
    JwtDecoder jwtDecoder(@Value("${jianfu.oidc.issuer-uri}") String issuer,
                          @Value("${jianfu.oidc.jwk-set-uri:}") String jwkSetUri,
                          @Value("${jianfu.oidc.public-key-location:}") String publicKeyLocation,
                          ResourceLoader resources) {
        NimbusJwtDecoder decoder;
        if (!publicKeyLocation.isBlank()) {
            decoder = NimbusJwtDecoder.withPublicKey(publicKey(resources.getResource(publicKeyLocation))).build();
        } else if (!jwkSetUri.isBlank()) {
            decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
        } else {
            decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
        }
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
        return decoder;
    }

    @Bean
    JwtActorConverter jwtActorConverter(@Value("${jianfu.oidc.username-claim:preferred_username}") String username,
                                        @Value("${jianfu.oidc.unit-claim:unit}") String unit,
                                        @Value("${jianfu.oidc.roles-claim:roles}") String roles) {
        return new JwtActorConverter(username, unit, roles);
    }

    private static RSAPublicKey publicKey(Resource pem) {
        try {
            String text = pem.getContentAsString(StandardCharsets.US_ASCII)
                             .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                                            .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(text)));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read the OIDC public key " + pem, unreadable);
        } catch (GeneralSecurityException | IllegalArgumentException malformed) {
            throw new IllegalStateException("The OIDC public key " + pem + " is not an RSA public key in PEM",
                                            malformed);
        }
    }
}
