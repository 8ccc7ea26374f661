package io.jianfu.query.overlap.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The editable topic dictionary (主题词典) of overlap detection: subject families with their keywords, and the
 * generic words (会议, 工作, 部署 …) that are removed before titles are compared word by word.
 *
 * <p>Family order is part of the result (it decides which family is reported when a pair shares several), so it
 * must be deterministic: a {@link LinkedHashMap} or {@link SortedMap} keeps its order, any other map is sorted by
 * family name. Keyword order within a family is kept as given; it is the order in which matched keywords are
 * reported.
 */
public record TopicDictionary(Map<String, List<String>> families, List<String> genericWords) {

    public TopicDictionary {
        Objects.requireNonNull(families, "families");
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        Map<String, List<String>> source = families instanceof LinkedHashMap || families instanceof SortedMap
                ? families : new TreeMap<>(families);
        source.forEach((family, keywords) -> ordered.put(Objects.requireNonNull(family, "family name"),
                List.copyOf(keywords)));
        families = Collections.unmodifiableMap(ordered);
        genericWords = genericWords == null ? List.of() : List.copyOf(genericWords);
    }

    /** The families of overlap.md plus a few more that district meetings commonly fall into. */
    public static TopicDictionary defaults() {
        Map<String, List<String>> families = new LinkedHashMap<>();
        families.put("党建", List.of("党员", "党建", "党组织", "三会一课", "主题党日", "组织生活", "党支部", "党课"));
        families.put("安全", List.of("安全生产", "消防", "燃气", "防汛", "应急", "隐患排查", "危化品"));
        families.put("城市管网", List.of("管道", "管网", "污水", "燃气管", "排水", "雨污分流"));
        families.put("生态环保", List.of("生态环境", "环保", "河长制", "污染防治", "大气", "垃圾分类"));
        families.put("信访维稳", List.of("信访", "维稳", "矛盾纠纷", "综治", "平安建设"));
        families.put("乡村振兴", List.of("乡村振兴", "农村", "农业", "防返贫", "高标准农田", "产业振兴"));
        families.put("民生服务", List.of("民生", "养老", "医保", "社保", "就业", "低保", "救助"));
        families.put("经济发展", List.of("招商引资", "营商环境", "项目建设", "经济运行", "企业服务"));
        families.put("文明创建", List.of("文明城市", "文明创建", "志愿服务", "精神文明"));
        families.put("基层治理", List.of("基层治理", "网格", "社区治理", "减负"));
        List<String> generic = List.of("会议", "会", "工作", "部署", "推进", "专题", "例会", "培训", "动员",
                "会商", "调度", "座谈", "研究", "关于", "全区", "召开");
        return new TopicDictionary(families, new ArrayList<>(generic));
    }
}
