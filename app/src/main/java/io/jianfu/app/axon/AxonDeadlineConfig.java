package io.jianfu.app.axon;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Axon's deadline manager on PostgreSQL through db-scheduler (table {@code scheduled_tasks}, Flyway V10).
 * Axon 4.13's AxonDbSchedulerAutoConfiguration activates on Boot 4 once db-scheduler's Boot 4 starter provides the
 * {@link Scheduler}, and it registers the db-scheduler tasks that run Axon's deadlines; its deadline manager, though,
 * has no correlation interceptor, so events applied by deadline handlers would carry empty metadata. This manager
 * replaces it (the auto-configuration backs off) and is otherwise built the same way.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class AxonDeadlineConfig {
    /** Metadata key naming the deadline that caused an event, so the audit trail tells a timer from a person. */
    public static final String DEADLINE = "deadline";

    /**
     * Scheduling runs on the command's prepare-commit, through db-scheduler's transaction-aware DataSource, so the
     * task row commits or rolls back with the command's events. Execution runs in a unit of work with Spring's
     * transaction, and the handler interceptor copies the deadline message's metadata (the actor and request of the
     * command that scheduled it, and the correlation and trace ids) into every event the deadline causes.
     */
    @Bean
    DbSchedulerDeadlineManager deadlineManager(Scheduler scheduler, Configuration configuration,
                                               @Qualifier("eventSerializer") Serializer serializer,
                                               TransactionManager transactionManager,
                                               DeadlineManagerSpanFactory spanFactory,
                                               List<CorrelationDataProvider> correlationDataProviders) {
        DbSchedulerDeadlineManager manager = DbSchedulerDeadlineManager.builder()
                                                                       .scheduler(scheduler)
                                                                       .scopeAwareProvider(
                                                                               new ConfigurationScopeAwareProvider(
                                                                                       configuration))
                                                                       .serializer(serializer)
                                                                       .transactionManager(transactionManager)
                                                                       .spanFactory(spanFactory)
                                                                       .startScheduler(false)
                                                                       .stopScheduler(false)
                                                                       .build();
        List<CorrelationDataProvider> providers = new ArrayList<>(correlationDataProviders);
        providers.add(message -> message instanceof DeadlineMessage<?> deadline
                ? Map.of(DEADLINE, deadline.getDeadlineName()) : Map.of());
        manager.registerHandlerInterceptor(new CorrelationDataInterceptor<>(providers));
        return manager;
    }
}
