package io.jianfu.app.axon;

import io.jianfu.app.support.Http;
import io.jianfu.app.support.HttpTestBase;
import io.jianfu.app.support.Replays;
import io.jianfu.query.meeting.MeetingProjection;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.OffsetDateTime;
import java.util.List;

import static io.jianfu.app.support.Meetings.meeting;
import static org.assertj.core.api.Assertions.assertThat;

/** Guards the pitfalls of Axon 4.13 on Boot 4 that fail silently (docs/stack-notes.md). */
class AxonInfrastructureTest extends HttpTestBase {
    @Autowired
    TransactionManager transactionManager;
    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore store;

    @Test
    void axonUsesSpringTransactionsAndTheJdbcStores() {
        assertThat(transactionManager).isInstanceOf(SpringTransactionManager.class);
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
    }

    @Test
    void resettingAProjectionOnAFilledStoreRebuildsTheSameView() {
        String unit = directory.unit("STREET");
        List<String> cadres = directory.cadres(unit, 3);
        Http.Credentials staff = directory.user(unit, "STAFF");
        for (int i = 0; i < 3; i++) {
            http.post(staff, "/api/meetings", meeting(unit, "重放会议" + i,
                    OffsetDateTime.parse("2026-09-01T09:00:00+08:00").plusDays(i), cadres));
        }
        String view = "SELECT meeting_id, organizer_unit_code, title, agenda, kind, start_at, end_at, year, venue, "
                + "status FROM meeting_view ORDER BY meeting_id";
        String attendees = "SELECT meeting_id, cadre_id, position, invited, attended FROM meeting_attendee "
                + "ORDER BY meeting_id, cadre_id";
        eventually(() -> jdbc.sql("SELECT count(*) FROM meeting_view WHERE organizer_unit_code = ?").param(unit)
                             .query(Long.class).single(), n -> n == 3);
        List<?> before = jdbc.sql(view).query().listOfRows();
        List<?> attendeesBefore = jdbc.sql(attendees).query().listOfRows();

        Replays.rebuild(processing, store, tokenStore, MeetingProjection.GROUP);
        assertThat(jdbc.sql(view).query().listOfRows()).isEqualTo(before);
        assertThat(jdbc.sql(attendees).query().listOfRows()).isEqualTo(attendeesBefore);
    }
}
