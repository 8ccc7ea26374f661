package io.jianfu.app.security;

import io.jianfu.app.axon.ActorMetadataInterceptor;
import io.jianfu.command.common.Roles;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Turns a verified JWT into the same authorities a built-in user has: {@code ROLE_<role>} for each known role in the
 * roles claim (a list, or a string split at commas and spaces) and {@code UNIT_<unit>} from the unit claim. Unknown
 * roles are ignored, so a token cannot invent one.
 */
public class JwtActorConverter implements Converter<Jwt, AbstractAuthenticationToken> {
    static final Set<String> KNOWN_ROLES = Set.of(Roles.STAFF, Roles.SUPERVISION_OFFICE, Roles.DISCIPLINE,
                                                  Roles.AUDITOR, Roles.ADMIN);

    private final String usernameClaim;
    private final String unitClaim;
    private final String rolesClaim;

    public JwtActorConverter(String usernameClaim, String unitClaim, String rolesClaim) {
        this.usernameClaim = usernameClaim;
        this.unitClaim = unitClaim;
        this.rolesClaim = rolesClaim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles(jwt.getClaim(rolesClaim)).stream().filter(KNOWN_ROLES::contains)
                                       .forEach(role -> authorities.add(new SimpleGrantedAuthority(
                                               ActorMetadataInterceptor.ROLE_PREFIX + role)));
        String unit = jwt.getClaimAsString(unitClaim);
        if (unit != null && !unit.isBlank()) {
            authorities.add(new SimpleGrantedAuthority(ActorMetadataInterceptor.UNIT_PREFIX + unit.strip()));
        }
        String name = jwt.getClaimAsString(usernameClaim);
        return new JwtAuthenticationToken(jwt, authorities, name == null || name.isBlank() ? jwt.getSubject() : name);
    }

    private static Collection<String> roles(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String text) {
            return Arrays.stream(text.split("[,\\s]+")).filter(role -> !role.isEmpty()).toList();
        }
        return List.of();
    }
}
