package io.jianfu.app.security;

import io.jianfu.app.web.ProblemWriter;
import io.jianfu.command.common.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HTTP Basic against the built-in users and, when an OpenID Connect issuer is configured ({@link OidcConfig}),
 * bearer JWTs from it; stateless, so every request carries its credentials. Role rules that need no unit are here;
 * unit rules live in the command handlers.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemWriter problems, ObjectProvider<JwtDecoder> jwtDecoder,
                            ObjectProvider<JwtActorConverter> jwtActors) throws Exception {
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder != null) {
            http.oauth2ResourceServer(bearer -> bearer
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(jwtActors.getObject()))
                    .authenticationEntryPoint((request, response, failure) -> {
                        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                        problems.write(request, response, HttpStatus.UNAUTHORIZED,
                                       "The bearer token is not valid: it is expired, not from the configured "
                                               + "issuer, or its signature does not verify.");
                    }));
        }
        http.csrf(csrf -> csrf.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .httpBasic(basic -> basic.authenticationEntryPoint((request, response, failure) -> {
                response.setHeader("WWW-Authenticate", "Basic realm=\"jianfu\"");
                problems.write(request, response, HttpStatus.UNAUTHORIZED,
                               "Sign in with HTTP Basic credentials.");
            }))
            .exceptionHandling(errors -> errors
                    .authenticationEntryPoint((request, response, failure) -> {
                        response.setHeader("WWW-Authenticate", "Basic realm=\"jianfu\"");
                        problems.write(request, response, HttpStatus.UNAUTHORIZED,
                                       "Sign in with HTTP Basic credentials.");
                    })
                    .accessDeniedHandler((request, response, denied) -> problems.write(
                            request, response, HttpStatus.FORBIDDEN, "Your role does not allow this request.")))
            .authorizeHttpRequests(requests -> requests
                    .requestMatchers("/actuator/health/**", "/actuator/info", "/v3/api-docs/**", "/swagger-ui/**",
                                     "/swagger-ui.html", "/error").permitAll()
                    .requestMatchers(HttpMethod.POST, "/api/evaluations/*/answers").permitAll()
                    .requestMatchers(HttpMethod.POST, "/api/users", "/api/units/**", "/api/cadres/**",
                                     "/api/responsibilities/**")
                    .hasRole(Roles.ADMIN)
                    .requestMatchers(HttpMethod.PUT, "/api/settings/**").hasRole(Roles.ADMIN)
                    .requestMatchers("/api/audit/**").hasAnyRole(Roles.AUDITOR, Roles.DISCIPLINE)
                    .requestMatchers(HttpMethod.POST, "/api/supervision/**").hasRole(Roles.DISCIPLINE)
                    .requestMatchers("/api/supervision/cases/**", "/api/supervision/candidates")
                    .hasAnyRole(Roles.AUDITOR, Roles.DISCIPLINE)
                    .anyRequest().authenticated());
        return http.build();
    }
}
