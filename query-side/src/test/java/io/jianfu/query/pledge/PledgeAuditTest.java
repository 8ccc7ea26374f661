package io.jianfu.query.pledge;

import io.jianfu.events.responsibility.PledgeClause;
import io.jianfu.events.responsibility.PledgeDuty;
import io.jianfu.query.pledge.PledgeFinding.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The pledge audit rules without a database: ranks, kinds and free-text matching. */
class PledgeAuditTest {
    static final ListedMatter TESTING = new ListedMatter("rm-eco", "生态环保", "企业环境检测", "区生态环境局", "日常巡查和信息上报");
    static final ListedMatter FIRE = new ListedMatter("rm-fire", "应急管理", "消防安全检查", "区消防救援支队", "日常巡查和信息上报");
    static final Map<String, ListedMatter> LIST = Map.of(TESTING.matterId(), TESTING, FIRE.matterId(), FIRE);

    private static List<PledgeFinding> audit(PledgeClause clause) {
        return PledgeAudit.audit(List.of(clause), LIST, "区生态环境局");
    }

    @Test
    void leadAndFullLiabilityAreFlaggedPatrolIsNot() {
        assertThat(audit(new PledgeClause("rm-fire", PledgeDuty.FULL_LIABILITY, "消防安全属地全兜底")).get(0).kind())
                .isEqualTo(Kind.FULL_LIABILITY);
        assertThat(audit(new PledgeClause("rm-eco", PledgeDuty.LEAD, null)).get(0).kind()).isEqualTo(Kind.SHIFTED_LEAD);
        assertThat(audit(new PledgeClause("rm-eco", PledgeDuty.COOPERATE, null)).get(0).kind())
                .isEqualTo(Kind.MORE_THAN_LISTED_DUTY);
        assertThat(audit(new PledgeClause("rm-eco", PledgeDuty.PATROL_AND_REPORT, null))).isEmpty();
        assertThat(audit(new PledgeClause("rm-unknown", PledgeDuty.LEAD, null))).isEmpty();
    }

    @Test
    void freeTextIsMatchedByWordsAndRankedByThem() {
        PledgeFinding finding = audit(new PledgeClause(null, PledgeDuty.FREE_TEXT, "企业环境检测由街道负责")).get(0);
        assertThat(finding.matterId()).isEqualTo("rm-eco");
        assertThat(finding.kind()).isEqualTo(Kind.SHIFTED_LEAD);
        assertThat(finding.matchSimilarity()).isGreaterThanOrEqualTo(PledgeAudit.MATCH_THRESHOLD);
        assertThat(audit(new PledgeClause(null, PledgeDuty.FREE_TEXT, "街道负责企业环境检测的日常巡查和信息上报"))).isEmpty();
        assertThat(audit(new PledgeClause(null, PledgeDuty.FREE_TEXT, "城市道路绿化养护"))).isEmpty();
    }

    @Test
    void wordsRankDuties() {
        assertThat(PledgeAudit.rankOfWords("属地全兜底")).isEqualTo(4);
        assertThat(PledgeAudit.rankOfWords("由街道牵头")).isEqualTo(3);
        assertThat(PledgeAudit.rankOfWords("配合开展")).isEqualTo(2);
        assertThat(PledgeAudit.rankOfWords("日常巡查和信息上报")).isEqualTo(1);
        assertThat(PledgeAudit.listedRank(null)).isZero();
    }

    @Test
    void freeTextPrefersTheMatterTheIssuingDepartmentLeads() {
        ListedMatter other = new ListedMatter("rm-aaa", "生态环保", "企业环境检测", "区住房城乡建委", "日常巡查和信息上报");
        Map<String, ListedMatter> list = Map.of(TESTING.matterId(), TESTING, other.matterId(), other);
        PledgeClause clause = new PledgeClause(null, PledgeDuty.FREE_TEXT, "企业环境检测由街道负责");
        assertThat(PledgeAudit.audit(List.of(clause), list, "区生态环境局").get(0).matterId()).isEqualTo("rm-eco");
        assertThat(PledgeAudit.audit(List.of(clause), list, "区住房城乡建委").get(0).matterId()).isEqualTo("rm-aaa");
    }
}
