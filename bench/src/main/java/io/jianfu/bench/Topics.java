package io.jianfu.bench;

import io.jianfu.query.overlap.engine.TopicDictionary;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The subjects district meetings are about, grouped by the families of {@link TopicDictionary#defaults()} (each
 * phrase contains at least one keyword of its family), plus subjects that belong to no family, and the kinds of
 * meeting (部署会, 推进会 …) that make up a title. Titles and agendas are interned so a million meetings share
 * their strings.
 */
final class Topics {

    private static final Map<String, String[]> BY_FAMILY = new LinkedHashMap<>();

    static {
        BY_FAMILY.put("党建", new String[]{"党员教育", "新兴领域党建", "基层党组织建设", "三会一课", "主题党日", "组织生活会",
                "党支部标准化建设", "专题党课"});
        BY_FAMILY.put("安全", new String[]{"安全生产", "消防安全", "燃气安全", "防汛抗旱", "应急演练", "隐患排查整治", "危化品管理"});
        BY_FAMILY.put("城市管网", new String[]{"天然气管道铺装", "污水管网整治", "雨污分流改造", "排水设施维护", "老旧管网更新"});
        BY_FAMILY.put("生态环保", new String[]{"生态环境保护", "河长制", "污染防治攻坚", "大气污染治理", "垃圾分类"});
        BY_FAMILY.put("信访维稳", new String[]{"信访积案化解", "矛盾纠纷排查化解", "综治维稳", "平安建设"});
        BY_FAMILY.put("乡村振兴", new String[]{"乡村振兴", "高标准农田建设", "防返贫动态监测", "农村人居环境整治", "产业振兴"});
        BY_FAMILY.put("民生服务", new String[]{"养老服务", "医保参保征缴", "稳就业", "低保动态管理", "临时救助"});
        BY_FAMILY.put("经济发展", new String[]{"招商引资", "优化营商环境", "重点项目建设", "经济运行分析", "企业服务"});
        BY_FAMILY.put("文明创建", new String[]{"文明城市创建", "志愿服务", "精神文明建设"});
        BY_FAMILY.put("基层治理", new String[]{"基层治理", "网格化管理", "社区治理", "基层减负"});
        if (!TopicDictionary.defaults().families().keySet().containsAll(BY_FAMILY.keySet())) {
            throw new IllegalStateException("topic families must be families of the default dictionary");
        }
    }

    private static final String[] WITHOUT_FAMILY = {"财政预算编制", "统计调查", "人口普查", "档案管理", "政务公开",
            "数字化改革", "教育督导", "卫生健康", "交通秩序整治", "国有资产管理"};
    private static final String[] KINDS = {"工作部署会", "推进会", "专题培训会", "调度会", "座谈会", "工作例会", "动员大会",
            "现场会", "联席会议", "工作会议"};
    private static final String[] TASKS = {"问题清单销号", "责任分工", "督办落实", "经验交流", "考核评估", "台账梳理",
            "资金保障", "宣传引导", "风险研判", "整改回头看"};
    private static final String[] PREFIXES = {"全区", "2026年", "第一季度", "", ""};

    private final Map<String, String> interned = new HashMap<>();

    static List<String> families() {
        return List.copyOf(BY_FAMILY.keySet());
    }

    /** A subject of the family, or one of no family when {@code family} is null. */
    String topic(Random random, String family) {
        String[] phrases = family == null ? WITHOUT_FAMILY : BY_FAMILY.get(family);
        return phrases[random.nextInt(phrases.length)];
    }

    /** A random family, or null (a subject of no family) with the given probability. */
    String family(Random random, double noFamily) {
        if (random.nextDouble() < noFamily) {
            return null;
        }
        List<String> families = families();
        return families.get(random.nextInt(families.size()));
    }

    /** A title: an optional prefix or unit name, the subject and a kind of meeting. */
    String title(Random random, String unitName, String topic) {
        String prefix = unitName != null && random.nextBoolean() ? unitName : PREFIXES[random.nextInt(PREFIXES.length)];
        return intern(prefix + topic + KINDS[random.nextInt(KINDS.length)]);
    }

    /** A short agenda: the subject and two items of business. */
    String agenda(Random random, String topic) {
        int first = random.nextInt(TASKS.length);
        int second = (first + 1 + random.nextInt(TASKS.length - 1)) % TASKS.length;
        return intern(topic + "：" + TASKS[first] + "、" + TASKS[second]);
    }

    String intern(String text) {
        return interned.computeIfAbsent(text, key -> key);
    }
}
