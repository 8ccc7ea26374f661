package io.jianfu.app.meeting;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import io.jianfu.app.axon.AxonDeadlineConfig;
import io.jianfu.app.support.HttpTestBase;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.jianfu.app.meeting.TaskScenario.inSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reminders through Axon's deadline manager on PostgreSQL (db-scheduler), with the test profile's short times: unsigned
 * after 2 s, due soon within 4 s of the deadline, deadlines polled every second.
 */
class MeetingTaskReminderHttpTest extends HttpTestBase {
    private static final String EVENTS = "io.jianfu.events.meeting.";

    @Autowired
    DeadlineManager deadlineManager;
    @Autowired
    List<Task<?>> schedulerTasks;
    @Autowired
    Scheduler scheduler;
    @Autowired
    PlatformTransactionManager transactions;

    /** Built by the tests that need one; the infrastructure checks do not. */
    private TaskScenario scenario;

    @Test
    void deadlinesRunOnDbSchedulerInPostgres() {
        assertThat(deadlineManager).isInstanceOf(DbSchedulerDeadlineManager.class);
        assertThat(schedulerTasks).extracting(Task::getName).contains("AxonDeadline");
        assertThat(scheduler.getSchedulerState().isStarted()).isTrue();
    }

    @Test
    void aDeadlineRowJoinsTheSpringTransactionThatSchedulesIt() {
        OffsetDateTime far = inSeconds(365L * 24 * 3600);
        AggregateScopeDescriptor scope = new AggregateScopeDescriptor("MeetingTask", unique("probe"));
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            deadlineManager.schedule(far.toInstant(), "probe", null, scope);
            assertThat(deadlineRowsAt(far)).isEqualTo(1);
            throw new IllegalStateException("roll back");
        })).hasMessage("roll back");
        assertThat(deadlineRowsAt(far)).isZero();

        String id = transaction.execute(status -> deadlineManager.schedule(far.toInstant(), "probe", null, scope));
        assertThat(deadlineRowsAt(far)).isEqualTo(1);
        deadlineManager.cancelSchedule("probe", id);
        assertThat(deadlineRowsAt(far)).isZero();
    }

    @Test
    void anUnsignedTaskIsRemindedThenDueSoonThenOverdueAndEachReminderCarriesItsCause() {
        scenario = new TaskScenario(http, directory);
        String id = scenario.assign("一周内报送隐患台账", inSeconds(9));
        assertThat(scenario.task(id).get("state").asString()).isEqualTo("UNSIGNED");

        JsonNode overdue = eventually(() -> scenario.task(id),
                                      task -> task.get("reminders").size() == 3);
        assertThat(scenario.reminderKinds(id)).containsExactly("SIGNATURE", "DUE_SOON", "OVERDUE");
        assertThat(overdue.get("state").asString()).isEqualTo("OVERDUE");
        assertThat(overdue.get("overdue").asBoolean()).isTrue();
        assertThat(scenario.listed("state=OVERDUE&unit=" + scenario.assignee)).containsExactly(id);
        assertThat(scenario.listed("state=UNSIGNED&unit=" + scenario.assignee)).containsExactly(id);
        assertThat(scenario.listed("state=DUE_SOON&unit=" + scenario.assignee)).isEmpty();
        assertThat(eventTypes(id)).containsExactly("MeetingTaskAssigned", "TaskSignatureReminderSent",
                                                   "TaskDueSoonReminderSent", "TaskOverdue");

        for (String reminder : List.of("TaskSignatureReminderSent", "TaskDueSoonReminderSent", "TaskOverdue")) {
            JsonNode metaData = metaData(id, reminder);
            // Without the CorrelationDataInterceptor on the deadline manager this metadata would be empty.
            assertThat(metaData.propertyNames()).as(reminder)
                    .contains("actor", "unit", "requestId", "correlationId", "traceId", AxonDeadlineConfig.DEADLINE);
            assertThat(metaData.get("actor").asString()).as(reminder).isEqualTo(scenario.organiserStaff.username());
            assertThat(metaData.get("unit").asString()).as(reminder).isEqualTo(scenario.organiser);
            assertThat(metaData.get("requestId").asString()).as(reminder).isNotBlank();
            assertThat(metaData.get("correlationId").asString()).as(reminder).isNotBlank();
            assertThat(metaData.get("traceId").asString()).as(reminder).isNotBlank();
            assertThat(metaData.get(AxonDeadlineConfig.DEADLINE).asString()).as(reminder).startsWith("meeting-task-");
        }
        assertThat(metaData(id, "TaskOverdue").get("requestId").asString())
                .isEqualTo(metaData(id, "MeetingTaskAssigned").get("requestId").asString());
    }

    @Test
    void aTaskNearItsDeadlineIsDueSoonAtQueryTimeBeforeAnyReminder() {
        scenario = new TaskScenario(http, directory);
        String id = scenario.assign("三日内完成", inSeconds(3));
        JsonNode task = scenario.task(id);
        assertThat(task.get("state").asString()).isEqualTo("DUE_SOON");
        assertThat(task.get("dueSoon").asBoolean()).isTrue();
        assertThat(scenario.listed("state=DUE_SOON&unit=" + scenario.assignee)).containsExactly(id);
        // The deadline lay inside the window at assignment, so no due-soon reminder is sent; the overdue one is.
        eventually(() -> scenario.reminderKinds(id), kinds -> kinds.contains("OVERDUE"));
        assertThat(scenario.reminderKinds(id)).doesNotContain("DUE_SOON");
        assertThat(scenario.task(id).get("state").asString()).isEqualTo("OVERDUE");
        assertThat(scenario.listed("state=DUE_SOON&unit=" + scenario.assignee)).isEmpty();
    }

    @Test
    void signingCancelsTheSignatureReminderAndALateCompletionIsMarkedLate() {
        scenario = new TaskScenario(http, directory);
        String id = scenario.assign("签收后按期办理", inSeconds(8));
        assertThat(http.post(scenario.assigneeStaff, "/api/tasks/" + id + "/signature", Map.of()).status())
                .isEqualTo(204);

        eventually(() -> scenario.reminderKinds(id), kinds -> kinds.contains("OVERDUE"));
        assertThat(scenario.reminderKinds(id)).containsExactly("DUE_SOON", "OVERDUE");
        assertThat(scenario.listed("state=OVERDUE&unit=" + scenario.assignee)).containsExactly(id);
        assertThat(scenario.listed("state=UNSIGNED&unit=" + scenario.assignee)).isEmpty();

        assertThat(http.post(scenario.assigneeStaff, "/api/tasks/" + id + "/completion",
                             Map.of("summary", "逾期办结")).status()).isEqualTo(204);
        JsonNode done = scenario.task(id);
        assertThat(done.get("state").asString()).isEqualTo("DONE");
        assertThat(done.get("overdue").asBoolean()).isFalse();
        assertThat(done.get("completedLate").asBoolean()).isTrue();
        assertThat(scenario.listed("state=OVERDUE&unit=" + scenario.assignee)).isEmpty();
    }

    @Test
    void completionCancelsTheRemainingDeadlines() throws Exception {
        scenario = new TaskScenario(http, directory);
        OffsetDateTime deadline = inSeconds(3600);
        String id = scenario.assign("一小时内完成", deadline);
        assertThat(deadlineRowsAt(deadline)).isEqualTo(1);
        assertThat(deadlineRowsAt(deadline.minusSeconds(4))).isEqualTo(1);

        assertThat(http.post(scenario.assigneeStaff, "/api/tasks/" + id + "/signature", Map.of()).status())
                .isEqualTo(204);
        assertThat(http.post(scenario.assigneeStaff, "/api/tasks/" + id + "/completion", Map.of()).status())
                .isEqualTo(204);
        assertThat(deadlineRowsAt(deadline)).isZero();
        assertThat(deadlineRowsAt(deadline.minusSeconds(4))).isZero();

        Thread.sleep(Duration.ofSeconds(4).toMillis());
        assertThat(eventTypes(id)).containsExactly("MeetingTaskAssigned", "MeetingTaskSigned", "MeetingTaskCompleted");
        assertThat(scenario.task(id).get("reminders")).isEmpty();
    }

    private long deadlineRowsAt(OffsetDateTime executionTime) {
        return jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE execution_time = ?")
                   .param(executionTime).query(Long.class).single();
    }

    private List<String> eventTypes(String aggregateId) {
        return jdbc.sql("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? "
                                + "ORDER BY sequence_number")
                   .param(aggregateId).query(String.class).list().stream()
                   .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private JsonNode metaData(String aggregateId, String eventType) {
        byte[] bytes = jdbc.sql("SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ? "
                                        + "AND payload_type = ?")
                           .param(aggregateId).param(EVENTS + eventType).query(byte[].class).single();
        return json.readTree(new String(bytes, StandardCharsets.UTF_8));
    }
}
