package io.jianfu.command.common;

import org.axonframework.messaging.MetaData;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who sent a command: the user, the unit they act for and their roles, as the dispatch interceptor put them into
 * the command's metadata. Command handlers use it for the role and unit rules of security.md.
 */
public record Actor(String username, String unitCode, Set<String> roles) {

    public static final String ACTOR = "actor";
    public static final String UNIT = "unit";
    public static final String ROLES = "roles";
    public static final String REQUEST_ID = "requestId";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    public static final String REQUEST_HASH = "requestHash";

    public static Actor from(MetaData metaData) {
        Object roles = metaData.get(ROLES);
        Set<String> roleSet = new TreeSet<>();
        if (roles instanceof Collection<?> collection) {
            collection.forEach(role -> roleSet.add(String.valueOf(role)));
        } else if (roles instanceof String text && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(String::strip).filter(role -> !role.isEmpty()).forEach(roleSet::add);
        }
        return new Actor(text(metaData.get(ACTOR)), text(metaData.get(UNIT)), roleSet);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** ADMIN keeps the directory. */
    public void requireAdmin(String what) {
        if (username == null || !hasRole(Roles.ADMIN)) {
            throw new Forbidden("Only an ADMIN may " + what + ".");
        }
    }

    /** The discipline office (纪委监委) revokes pledges, opens cases, launches evaluations. */
    public void requireDiscipline(String what) {
        if (username == null || !hasRole(Roles.DISCIPLINE)) {
            throw new Forbidden("Only DISCIPLINE may " + what + ".");
        }
    }

    /** STAFF act for their own unit only; a command naming another unit is refused with 403. */
    public void requireActsFor(String targetUnitCode, String what) {
        if (username == null || !hasRole(Roles.STAFF)) {
            throw new Forbidden("Only STAFF of unit " + targetUnitCode + " may " + what + ".");
        }
        if (!targetUnitCode.equals(unitCode)) {
            throw new Forbidden("You act for unit " + unitCode + " and may not " + what + " for unit "
                    + targetUnitCode + ".");
        }
    }
}
