package io.jianfu.query.overlap.engine;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A seeded random history for equivalence tests: units of cadres, a few leaders who attend a large share of
 * meetings (hubs), titles from the dictionary's families, some twin meetings, and some tiny leader-only meetings
 * whose overlaps can only be seen through hubs. Sorted by start, then id.
 */
final class RandomMeetings {

    private static final String[] TOPICS = {"党员教育", "主题党日", "安全生产", "消防检查", "污水管网", "燃气管道",
            "河长制", "垃圾分类", "信访维稳", "乡村振兴", "养老服务", "招商引资", "文明城市", "网格治理", "财政预算", "人口普查"};
    private static final String[] KINDS = {"工作部署会", "推进会", "专题培训会", "调度会", "座谈会", "例会"};

    private RandomMeetings() {
    }

    static List<MeetingFacts> generate(long seed, int count, int units, int days) {
        Random random = new Random(seed);
        OffsetDateTime origin = OffsetDateTime.of(2026, 1, 5, 0, 0, 0, 0, ZoneOffset.ofHours(8));
        List<MeetingFacts> meetings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = String.format("R%05d", i);
            if (i > 10 && random.nextInt(100) < 8) {
                meetings.add(twin(id, meetings.get(i - 1 - random.nextInt(Math.min(i, 30))), random));
                continue;
            }
            int unit = random.nextInt(units);
            Set<String> attendees = new LinkedHashSet<>();
            if (random.nextInt(100) < 3) {
                attendees.add("L1");
                attendees.add("L2");
                attendees.add("L3");
                attendees.add(cadre(unit, random.nextInt(20)));
            } else {
                int own = 3 + random.nextInt(10);
                for (int k = 0; k < own; k++) {
                    attendees.add(cadre(unit, random.nextInt(20)));
                }
                int others = random.nextInt(4);
                for (int k = 0; k < others; k++) {
                    attendees.add(cadre(random.nextInt(units), random.nextInt(3)));
                }
                for (int leader = 1; leader <= 6; leader++) {
                    if (random.nextInt(100) < 25) {
                        attendees.add("L" + leader);
                    }
                }
            }
            OffsetDateTime start = origin.plusDays(random.nextInt(days)).plusHours(8 + random.nextInt(9));
            String title = TOPICS[random.nextInt(TOPICS.length)] + KINDS[random.nextInt(KINDS.length)];
            meetings.add(new MeetingFacts(id, "U" + unit, title, random.nextBoolean() ? null : "传达学习" + title,
                    start, start.plusMinutes(60), List.copyOf(attendees)));
        }
        meetings.sort(Comparator.comparing(MeetingFacts::start).thenComparing(MeetingFacts::meetingId));
        return meetings;
    }

    private static MeetingFacts twin(String id, MeetingFacts base, Random random) {
        List<String> attendees = new ArrayList<>(base.attendeeIds());
        if (attendees.size() > 3 && random.nextBoolean()) {
            attendees.remove(random.nextInt(attendees.size()));
        }
        OffsetDateTime start = base.start().plusDays(random.nextInt(3)).plusHours(random.nextInt(5));
        String title = TOPICS[random.nextInt(TOPICS.length)] + KINDS[random.nextInt(KINDS.length)];
        return new MeetingFacts(id, base.organizerUnitCode(), title, null, start, start.plusMinutes(90), attendees);
    }

    private static String cadre(int unit, int number) {
        return String.format("U%02d-C%02d", unit, number);
    }
}
