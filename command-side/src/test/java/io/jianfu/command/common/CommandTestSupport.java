package io.jianfu.command.common;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.List;
import java.util.Map;

/** Command metadata for the actors of the fixtures, and a matcher for the field errors of {@link InvalidCommand}. */
public final class CommandTestSupport {

    private CommandTestSupport() {
    }

    /** The metadata the dispatch interceptor would attach for {@code username} acting for {@code unitCode}. */
    public static Map<String, Object> actor(String username, String unitCode, String... roles) {
        return Map.of(Actor.ACTOR, username, Actor.UNIT, unitCode, Actor.ROLES, List.of(roles));
    }

    public static Map<String, Object> admin() {
        return actor("admin", "500109000", Roles.ADMIN);
    }

    public static Map<String, Object> staffOf(String unitCode) {
        return actor("staff-" + unitCode, unitCode, Roles.STAFF);
    }

    /** Metadata that names a unit and roles but no user, as if the interceptor had found nobody signed in. */
    public static Map<String, Object> anonymous(String unitCode, String... roles) {
        return Map.of(Actor.UNIT, unitCode, Actor.ROLES, List.of(roles));
    }

    /** An {@link InvalidCommand} whose errors are exactly {@code errors} (field to problem). */
    public static Matcher<InvalidCommand> invalidFields(Map<String, String> errors) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(InvalidCommand invalid) {
                return invalid.errors().equals(errors);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("InvalidCommand with errors ").appendValue(errors);
            }

            @Override
            protected void describeMismatchSafely(InvalidCommand invalid, Description mismatch) {
                mismatch.appendText("had errors ").appendValue(invalid.errors());
            }
        };
    }

    /** An {@link InvalidCommand} with the single error {@code problem} on {@code field}. */
    public static Matcher<InvalidCommand> invalidField(String field, String problem) {
        return invalidFields(Map.of(field, problem));
    }
}
