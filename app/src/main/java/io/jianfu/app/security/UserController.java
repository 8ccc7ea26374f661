package io.jianfu.app.security;

import io.jianfu.command.common.Check;
import io.jianfu.command.common.Conflict;
import io.jianfu.command.common.Created;
import io.jianfu.command.common.Roles;
import io.jianfu.command.common.RuleViolation;
import io.jianfu.command.directory.DirectoryLookup;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Set;

/** ADMIN creates built-in users. Sending the same request again answers 200 and creates nothing. */
@RestController
public class UserController {
    static final Set<String> KNOWN_ROLES = Set.of(Roles.STAFF, Roles.SUPERVISION_OFFICE, Roles.DISCIPLINE,
                                                  Roles.AUDITOR, Roles.ADMIN);

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final DirectoryLookup directory;

    public UserController(UserAccounts accounts, PasswordEncoder encoder, DirectoryLookup directory) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.directory = directory;
    }

    public record UserRequest(String username, String password, String unitCode, List<String> roles) {
    }

    @PostMapping("/api/users")
    public ResponseEntity<Created> create(@RequestBody UserRequest request, Principal admin) {
        Check.fields()
             .required("username", request.username())
             .that(request.username() == null || request.username().matches("[a-z0-9._-]{3,64}"), "username",
                   "must be 3 to 64 lower-case letters, digits, '.', '-' or '_'")
             .required("password", request.password())
             .that(request.password() == null || request.password().length() >= 8, "password",
                   "must be at least 8 characters")
             .maxLength("password", request.password(), 72)
             .required("unitCode", request.unitCode())
             .notEmpty("roles", request.roles())
             .that(request.roles() == null || KNOWN_ROLES.containsAll(request.roles()), "roles",
                   "must each be one of " + KNOWN_ROLES)
             .orThrow();
        if (!directory.unitExists(request.unitCode())) {
            throw new RuleViolation("Unit " + request.unitCode() + " is not registered.");
        }
        List<String> roles = request.roles().stream().distinct().sorted().toList();
        URI location = URI.create("/api/users/" + request.username());
        var account = new UserAccount(request.username(), encoder.encode(request.password()), request.unitCode(),
                                      roles);
        if (accounts.insert(account, admin.getName())) {
            return ResponseEntity.created(location).body(new Created(request.username()));
        }
        UserAccount existing = accounts.find(request.username()).orElseThrow();
        if (existing.unitCode().equals(request.unitCode()) && existing.roles().equals(roles)
                && encoder.matches(request.password(), existing.passwordHash())) {
            return ResponseEntity.ok().location(location).body(new Created(request.username()));
        }
        throw new Conflict("User " + request.username() + " already exists.");
    }
}
