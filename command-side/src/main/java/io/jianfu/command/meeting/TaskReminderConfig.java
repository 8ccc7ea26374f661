package io.jianfu.command.meeting;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/** The {@link TaskReminderPolicy} from {@code jianfu.tasks.*} (JIANFU_TASKS_* variables). */
@Configuration(proxyBeanMethods = false)
public class TaskReminderConfig {

    @Bean
    TaskReminderPolicy taskReminderPolicy(
            @Value("${jianfu.tasks.signature-reminder-after:24h}") Duration signatureReminderAfter,
            @Value("${jianfu.tasks.due-soon-within:3d}") Duration dueSoonWithin) {
        return new TaskReminderPolicy(signatureReminderAfter, dueSoonWithin);
    }
}
