package io.jianfu.app.demo;

import io.jianfu.app.axon.ActorMetadataInterceptor;
import io.jianfu.app.db.DatabaseMode;
import io.jianfu.app.security.UserAccount;
import io.jianfu.app.security.UserAccounts;
import io.jianfu.command.common.Roles;
import io.jianfu.command.directory.DirectoryImport;
import io.jianfu.command.directory.ImportResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.io.StringReader;
import java.util.List;

/**
 * Embedded means demo: loads the demo directory (through the same commands as any import, so it is in the event
 * store like everything else) and the demo users admin, auditor, discipline and office, all with password demo.
 * With an external database nothing is loaded.
 */
@Component
@Order(2)
public class DemoLoader implements ApplicationRunner {
    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final Environment environment;
    private final DirectoryImport directoryImport;
    private final UserAccounts accounts;
    private final PasswordEncoder encoder;

    public DemoLoader(Environment environment, DirectoryImport directoryImport, UserAccounts accounts,
                      PasswordEncoder encoder) {
        this.environment = environment;
        this.directoryImport = directoryImport;
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!DatabaseMode.isDemo(environment)) {
            return;
        }
        List<DemoDirectory.DemoUnit> units = DemoDirectory.units();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "demo-loader", null, List.of(new SimpleGrantedAuthority(ActorMetadataInterceptor.ROLE_PREFIX
                                                                                + Roles.ADMIN))));
        try {
            ImportResult unitResult = directoryImport.importUnits(new StringReader(DemoDirectory.unitsCsv(units)));
            ImportResult cadreResult = directoryImport.importCadres(new StringReader(DemoDirectory.cadresCsv(units)));
            log.info("Demo directory: {} units and {} cadres registered ({} and {} were already there)",
                     unitResult.created(), cadreResult.created(), unitResult.alreadyRegistered(),
                     cadreResult.alreadyRegistered());
        } finally {
            SecurityContextHolder.clearContext();
        }
        String beibei = DemoDirectory.DISTRICTS.get("北碚区");
        createUser("admin", DemoDirectory.departmentCode(beibei, "区委办公室"), Roles.ADMIN);
        createUser("auditor", DemoDirectory.departmentCode(beibei, "区纪委监委"), Roles.AUDITOR);
        createUser("discipline", DemoDirectory.departmentCode(beibei, "区纪委监委"), Roles.DISCIPLINE);
        createUser("office", DemoDirectory.departmentCode(beibei, "区委督查办"), Roles.SUPERVISION_OFFICE);
    }

    private void createUser(String username, String unitCode, String role) {
        accounts.insert(new UserAccount(username, encoder.encode(PASSWORD), unitCode, List.of(role)), "demo");
    }
}
