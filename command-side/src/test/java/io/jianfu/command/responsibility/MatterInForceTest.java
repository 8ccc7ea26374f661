package io.jianfu.command.responsibility;

import io.jianfu.events.responsibility.MatterTerms;
import io.jianfu.events.responsibility.ResponsibilityMatterDefined;
import io.jianfu.events.responsibility.ResponsibilityMatterRetired;
import io.jianfu.events.responsibility.ResponsibilityMatterRevised;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The version of a matter in force on a day, as coordination requests are routed by it. */
class MatterInForceTest {
    static final MatterTerms CITY_LEADS = terms("500109D01");
    static final MatterTerms HOUSING_LEADS = terms("500109D02");

    private static MatterTerms terms(String lead) {
        return new MatterTerms("城市管理", "排水管网维修", lead, List.of(), "日常巡查和信息上报", List.of(), 15, "约谈");
    }

    private static ResponsibilityMatter matter(boolean retired) {
        ResponsibilityMatter matter = new ResponsibilityMatter();
        matter.on(new ResponsibilityMatterDefined("rm-1", CITY_LEADS, LocalDate.of(2026, 1, 1)));
        matter.on(new ResponsibilityMatterRevised("rm-1", 2, HOUSING_LEADS, LocalDate.of(2026, 7, 1)));
        if (retired) {
            matter.on(new ResponsibilityMatterRetired("rm-1", "职能划转", LocalDate.of(2026, 10, 1)));
        }
        return matter;
    }

    @Test
    void eachDayHasTheVersionThatStartedLastOnOrBeforeIt() {
        ResponsibilityMatter matter = matter(false);
        assertThat(matter.inForceOn(LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(matter.inForceOn(LocalDate.of(2026, 1, 1))).contains(new MatterInForce("rm-1", 1, CITY_LEADS));
        assertThat(matter.inForceOn(LocalDate.of(2026, 6, 30))).contains(new MatterInForce("rm-1", 1, CITY_LEADS));
        assertThat(matter.inForceOn(LocalDate.of(2026, 7, 1))).contains(new MatterInForce("rm-1", 2, HOUSING_LEADS));
        assertThat(matter.inForceOn(LocalDate.of(2030, 1, 1))).contains(new MatterInForce("rm-1", 2, HOUSING_LEADS));
    }

    @Test
    void aRetiredMatterIsInForceOnlyBeforeItsRetirement() {
        ResponsibilityMatter matter = matter(true);
        assertThat(matter.inForceOn(LocalDate.of(2026, 9, 30))).isEqualTo(
                Optional.of(new MatterInForce("rm-1", 2, HOUSING_LEADS)));
        assertThat(matter.inForceOn(LocalDate.of(2026, 10, 1))).isEmpty();
    }
}
