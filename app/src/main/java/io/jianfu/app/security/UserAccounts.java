package io.jianfu.app.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The app_user table. */
@Component
public class UserAccounts {
    private final JdbcClient jdbc;

    public UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> find(String username) {
        return jdbc.sql("SELECT username, password_hash, unit_code, roles FROM app_user WHERE username = ?")
                   .param(username)
                   .query((rs, row) -> new UserAccount(rs.getString(1), rs.getString(2), rs.getString(3),
                                                       Arrays.asList(rs.getString(4).split(","))))
                   .optional();
    }

    /** Inserts the account unless the username is taken; true when it was inserted. */
    public boolean insert(UserAccount account, String createdBy) {
        return jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, unit_code, roles, created_by)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING""")
                   .params(account.username(), account.passwordHash(), account.unitCode(),
                           String.join(",", account.roles()), createdBy)
                   .update() == 1;
    }

    public List<String> usernames() {
        return jdbc.sql("SELECT username FROM app_user ORDER BY username").query(String.class).list();
    }
}
