package io.jianfu.app.security;

import io.jianfu.command.common.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import java.util.List;

/** Creates the first administrator, {@code admin}, from JIANFU_ADMIN_PASSWORD when no such user exists yet. */
@Component
@Order(1)
public class AdminBootstrap implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final String password;
    private final String unitCode;

    public AdminBootstrap(UserAccounts accounts, PasswordEncoder encoder,
                          @Value("${jianfu.admin-password:}") String password,
                          @Value("${jianfu.admin-unit:district-admin}") String unitCode) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.password = password;
        this.unitCode = unitCode;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!StringUtils.hasText(password)) {
            return;
        }
        var admin = new UserAccount("admin", encoder.encode(password), unitCode, List.of(Roles.ADMIN));
        if (accounts.insert(admin, "bootstrap")) {
            log.info("Created the first administrator 'admin' from JIANFU_ADMIN_PASSWORD");
        }
    }
}
