package io.jianfu.command.coordination;

import io.jianfu.command.directory.InMemoryDirectory;
import io.jianfu.command.responsibility.InMemoryResponsibilityList;
import io.jianfu.command.responsibility.MatterInForce;
import io.jianfu.events.coordination.CoordinationRequestRaised;
import io.jianfu.events.coordination.CoordinationRequestRouted;
import io.jianfu.events.coordination.DepartmentReportedForDuty;
import io.jianfu.events.coordination.RemedyPlanPublished;
import io.jianfu.events.coordination.RoutingBasis;
import io.jianfu.events.directory.UnitKind;
import io.jianfu.events.responsibility.MatterTerms;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The article's sewage case as a fixture: 区城管局 leads 排水管网 with 区住建局 cooperating, the street patrols; version 2
 * of the matter, from July, gives the lead to 区住建局. The clock stands at {@link #NOW}.
 */
final class CoordinationFixture {
    static final String ID = "cr-1";
    static final String STREET = "500109001";
    static final String COMMUNITY = "500109001001";
    static final String OTHER_STREET = "500109002";
    static final String OTHER_COMMUNITY = "500109002001";
    static final String CITY = "500109D01";
    static final String HOUSING = "500109D02";
    static final String ECOLOGY = "500109D03";
    static final String MATTER = "rm-sewage";
    static final String DUTY = "日常巡查和信息上报";
    static final OffsetDateTime RAISED = OffsetDateTime.parse("2026-06-01T09:00+08:00");
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-07-10T18:00+08:00");
    static final Instant NOW_INSTANT = NOW.toInstant();

    static final MatterInForce VERSION_1 = new MatterInForce(MATTER, 1, terms(CITY, List.of(HOUSING)));
    static final MatterInForce VERSION_2 = new MatterInForce(MATTER, 2, terms(HOUSING, List.of(CITY)));

    final InMemoryDirectory directory = new InMemoryDirectory()
            .withUnit(STREET, UnitKind.STREET)
            .withUnit(OTHER_STREET, UnitKind.STREET)
            .withUnit(COMMUNITY, UnitKind.COMMUNITY, STREET)
            .withUnit(OTHER_COMMUNITY, UnitKind.COMMUNITY, OTHER_STREET)
            .withUnit(CITY, UnitKind.DEPARTMENT)
            .withUnit(HOUSING, UnitKind.DEPARTMENT)
            .withUnit(ECOLOGY, UnitKind.DEPARTMENT);
    final InMemoryResponsibilityList list = new InMemoryResponsibilityList()
            .with(VERSION_1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1))
            .with(VERSION_2, LocalDate.of(2026, 7, 1), null);
    final AggregateTestFixture<CoordinationRequest> fixture = new AggregateTestFixture<>(CoordinationRequest.class);

    CoordinationFixture() {
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(list);
    }

    private static MatterTerms terms(String lead, List<String> cooperating) {
        return new MatterTerms("城市管理", "排水管网维修", lead, cooperating, DUTY, List.of("现场查看", "制定方案"), 15,
                               "逾期约谈");
    }

    TestExecutor<CoordinationRequest> given(Object... events) {
        return fixture.givenCurrentTime(NOW_INSTANT).andGiven(List.of(events));
    }

    static RaiseCoordinationRequest raise(String raiser, String matterId) {
        return new RaiseCoordinationRequest(ID, raiser, STREET, "老旧小区3栋", "污水倒灌，涉及120余户", matterId, RAISED);
    }

    static CoordinationRequestRaised raised(String matterId) {
        return new CoordinationRequestRaised(ID, COMMUNITY, STREET, "老旧小区3栋", "污水倒灌，涉及120余户", matterId, RAISED);
    }

    static CoordinationRequestRouted routedByList() {
        return new CoordinationRequestRouted(ID, STREET, RoutingBasis.LIST, MATTER, 1, CITY, List.of(HOUSING), DUTY,
                                             null);
    }

    static DepartmentReportedForDuty arrived(String department, int minutes) {
        return new DepartmentReportedForDuty(ID, department, RAISED.plusMinutes(minutes));
    }

    static RemedyPlanPublished plan(int days) {
        return new RemedyPlanPublished(ID, STREET, "城管局重建管网，住建局保障施工，街道做好居民工作", RAISED.plusDays(days));
    }
}
