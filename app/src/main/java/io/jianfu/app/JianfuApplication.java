package io.jianfu.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The one application that assembles the command side and the query side on one PostgreSQL. */
@SpringBootApplication(scanBasePackages = "io.jianfu")
public class JianfuApplication {

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(JianfuApplication.class, args);
    }
}
