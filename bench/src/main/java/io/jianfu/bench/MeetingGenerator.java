package io.jianfu.bench;

import io.jianfu.bench.Population.District;
import io.jianfu.bench.Population.Unit;
import io.jianfu.query.overlap.engine.MeetingFacts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded, realistic year of district meetings (2026, working days, district time). Meetings are of four
 * kinds: a department calling the topic contacts of many streets and towns (全区部署会, 40 %), a street or town
 * meeting of its own cadres (35 %), a department's internal meeting (15 %) and a district leadership meeting
 * (10 %). The two principal district leaders (区委书记, 区长) are booked into nine in ten district-wide meetings
 * and every leadership meeting, about six a working day: they are the hubs overlap.md warns of.
 * About 5 % of meetings are planted twins: a copy of a recent meeting's attendees (up to two dropped, maybe one
 * added) on a subject of the same family (or the same subject when it has no family), on the same or the next
 * working day.
 *
 * <p>A district holds about {@value #MEETINGS_PER_DISTRICT_YEAR} meetings a year whatever N is: N meetings are
 * spread over a whole number of copies of the three real districts (3 at 10k, 30 at 100k, 300 at 1M; see
 * {@link Population}), so every size has the same mix of districts and the same load per person.
 *
 * <p>The same seed and count always give the same meetings, sorted by start then id.
 */
public final class MeetingGenerator {

    /**
     * The generated history.
     *
     * @param meetings  sorted by start, then id
     * @param twinOf    planted twin id → the id of the meeting it copies
     * @param districts how many districts the population holds
     * @param people    how many cadres and leaders
     */
    public record Generated(List<MeetingFacts> meetings, Map<String, String> twinOf, int districts, int people) {
    }

    /**
     * Meetings a district holds in a year (10,000 for the three real districts); the population grows with N so
     * that this, and so the load per person, stays constant.
     */
    static final int MEETINGS_PER_DISTRICT_YEAR = 3_334;
    private static final double TWIN_SHARE = 0.05;
    private static final LocalTime[] SLOTS = {LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(10, 0),
            LocalTime.of(10, 30), LocalTime.of(14, 30), LocalTime.of(15, 0), LocalTime.of(15, 30), LocalTime.of(16, 0)};
    private static final int[] MINUTES = {60, 90, 120, 150};
    private static final int RECENT = 64;

    private record Draft(MeetingFacts facts, String family, String topic, int day) {
    }

    private final long seed;

    public MeetingGenerator(long seed) {
        this.seed = seed;
    }

    public Generated generate(int count) {
        Random random = new Random(seed);
        int copies = Math.max(1, (int) Math.round(count / (3.0 * MEETINGS_PER_DISTRICT_YEAR)));
        int districtCount = 3 * copies;
        Population population = Population.load(districtCount);
        List<District> districts = population.districts();
        int[] cumulative = new int[districts.size()];
        for (int d = 0; d < cumulative.length; d++) {
            cumulative[d] = (d == 0 ? 0 : cumulative[d - 1]) + districts.get(d).unitCount();
        }
        Calendar calendar = new Calendar();
        Topics topics = new Topics();
        Draft[][] recent = new Draft[districts.size()][RECENT];
        int[] made = new int[districts.size()];
        List<MeetingFacts> meetings = new ArrayList<>(count);
        Map<String, String> twinOf = new HashMap<>();

        for (int i = 0; i < count; i++) {
            String id = String.format("M%07d", i);
            int pick = random.nextInt(cumulative[cumulative.length - 1]);
            int d = 0;
            while (cumulative[d] <= pick) {
                d++;
            }
            District district = districts.get(d);
            Draft draft;
            if (made[d] >= RECENT && random.nextDouble() < TWIN_SHARE) {
                Draft base = recent[d][random.nextInt(RECENT)];
                draft = twin(id, base, district, random, topics, calendar);
                twinOf.put(id, base.facts().meetingId());
            } else {
                draft = fresh(id, district, random, topics, calendar);
                recent[d][made[d]++ % RECENT] = draft;
            }
            meetings.add(draft.facts());
        }
        meetings.sort(Comparator.comparing(MeetingFacts::start).thenComparing(MeetingFacts::meetingId));
        // Rebuild in start order, as a projection deserialises meetings in the order events arrive: their objects
        // then lie in memory in that order too, not in the random order they were drawn in.
        meetings.replaceAll(m -> new MeetingFacts(new String(m.meetingId().toCharArray()), m.organizerUnitCode(),
                m.title(), m.agenda(), m.start(), m.end(), new ArrayList<>(m.attendeeIds())));
        return new Generated(List.copyOf(meetings), Map.copyOf(twinOf), districts.size(), population.people());
    }

    private Draft fresh(String id, District district, Random random, Topics topics, Calendar calendar) {
        int roll = random.nextInt(100);
        List<String> people = new ArrayList<>();
        Unit organiser;
        String family;
        String unitName = null;
        if (roll < 40) {
            organiser = district.departments()[random.nextInt(district.departments().length)];
            family = ownFamily(organiser, random, topics);
            int contact = contactIndex(family, random);
            boolean principals = random.nextInt(100) < 25;
            int called = 4 + random.nextInt(district.grassroots().length - 3);
            for (Unit unit : pick(district.grassroots(), called, random)) {
                people.add(unit.cadres()[contact]);
                if (principals) {
                    people.add(unit.cadres()[0]);
                }
            }
            staff(organiser, 2 + random.nextInt(4), random, people);
            leaders(district, family, 0.9, 0.6, random, people);
        } else if (roll < 75) {
            organiser = district.grassroots()[random.nextInt(district.grassroots().length)];
            unitName = organiser.name();
            family = topics.family(random, 0.3);
            staff(organiser, 4 + random.nextInt(15), random, people);
            if (random.nextInt(100) < 15) {
                Unit department = district.departments()[random.nextInt(district.departments().length)];
                add(people, department.cadres()[1 + random.nextInt(5)]);
            }
            leaders(district, family, 0.0, 0.1, random, people);
        } else if (roll < 90) {
            organiser = district.departments()[random.nextInt(district.departments().length)];
            unitName = organiser.name();
            family = ownFamily(organiser, random, topics);
            staff(organiser, 5 + random.nextInt(11), random, people);
        } else {
            organiser = district.departments()[random.nextInt(2)];
            family = topics.family(random, 0.3);
            for (Unit department : pick(district.departments(), 3 + random.nextInt(8), random)) {
                people.add(department.cadres()[0]);
            }
            leaders(district, family, 1.0, 1.0, random, people);
            for (int deputy = 2; deputy < district.leaders().length; deputy++) {
                if (random.nextInt(100) < 50) {
                    add(people, district.leaders()[deputy]);
                }
            }
        }
        String topic = topics.topic(random, family);
        int day = calendar.randomDay(random);
        return new Draft(facts(id, organiser, topics.title(random, unitName, topic), topic, day, people, random,
                topics, calendar), family, topic, day);
    }

    private Draft twin(String id, Draft base, District district, Random random, Topics topics, Calendar calendar) {
        List<String> people = new ArrayList<>(base.facts().attendeeIds());
        for (int drop = random.nextInt(3); drop > 0 && people.size() > 4; drop--) {
            people.remove(random.nextInt(people.size()));
        }
        if (random.nextBoolean()) {
            Unit unit = district.grassroots()[random.nextInt(district.grassroots().length)];
            add(people, unit.cadres()[random.nextInt(Population.CADRES_PER_UNIT)]);
        }
        Unit organiser = random.nextBoolean() ? unitOf(district, base.facts().organizerUnitCode())
                : district.departments()[random.nextInt(district.departments().length)];
        String topic = base.family() == null ? base.topic() : topics.topic(random, base.family());
        int day = calendar.clamp(base.day() + random.nextInt(2));
        return new Draft(facts(id, organiser, topics.title(random, null, topic), topic, day, people, random, topics,
                calendar), base.family(), topic, day);
    }

    private MeetingFacts facts(String id, Unit organiser, String title, String topic, int day, List<String> people,
                               Random random, Topics topics, Calendar calendar) {
        int slot = random.nextInt(SLOTS.length);
        int minutes = random.nextInt(MINUTES.length);
        String agenda = random.nextBoolean() ? topics.agenda(random, topic) : null;
        return new MeetingFacts(id, organiser.code(), title, agenda, calendar.start(day, slot),
                calendar.end(day, slot, minutes), people);
    }

    private static String ownFamily(Unit department, Random random, Topics topics) {
        if (!department.families().isEmpty() && random.nextInt(100) < 85) {
            return department.families().get(random.nextInt(department.families().size()));
        }
        return topics.family(random, 0.6);
    }

    /** Each street or town has one contact cadre per family (index 2–9); subjects of no family go to any. */
    private static int contactIndex(String family, Random random) {
        return 2 + (family == null ? random.nextInt(8) : Topics.families().indexOf(family) % 8);
    }

    private static void staff(Unit unit, int count, Random random, List<String> people) {
        if (random.nextInt(100) < 70) {
            add(people, unit.cadres()[0]);
        }
        for (int k = 0; k < count; k++) {
            add(people, unit.cadres()[1 + random.nextInt(Population.CADRES_PER_UNIT - 1)]);
        }
    }

    private static void leaders(District district, String family, double principal, double deputy, Random random,
                                List<String> people) {
        for (int p = 0; p < 2; p++) {
            if (random.nextDouble() < principal) {
                add(people, district.leaders()[p]);
            }
        }
        if (random.nextDouble() < deputy) {
            int index = family == null ? random.nextInt(8) : Topics.families().indexOf(family) % 8;
            add(people, district.leaders()[2 + index]);
        }
    }

    private static void add(List<String> people, String person) {
        if (!people.contains(person)) {
            people.add(person);
        }
    }

    private static Unit[] pick(Unit[] units, int k, Random random) {
        Unit[] copy = units.clone();
        int take = Math.min(k, copy.length);
        for (int i = 0; i < take; i++) {
            int j = i + random.nextInt(copy.length - i);
            Unit swap = copy[i];
            copy[i] = copy[j];
            copy[j] = swap;
        }
        Unit[] chosen = new Unit[take];
        System.arraycopy(copy, 0, chosen, 0, take);
        return chosen;
    }

    private static Unit unitOf(District district, String code) {
        for (Unit[] units : new Unit[][]{district.grassroots(), district.departments()}) {
            for (Unit unit : units) {
                if (unit.code().equals(code)) {
                    return unit;
                }
            }
        }
        throw new IllegalStateException("unknown unit " + code);
    }

    /** The working days of 2026 and shared start and end times on them (so a million meetings share them). */
    private static final class Calendar {
        private final LocalDate[] days;
        private final OffsetDateTime[][] starts;
        private final Map<Long, OffsetDateTime> ends = new HashMap<>();

        Calendar() {
            List<LocalDate> working = new ArrayList<>();
            for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(1)) {
                if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    working.add(day);
                }
            }
            days = working.toArray(LocalDate[]::new);
            starts = new OffsetDateTime[days.length][SLOTS.length];
            for (int d = 0; d < days.length; d++) {
                for (int s = 0; s < SLOTS.length; s++) {
                    starts[d][s] = OffsetDateTime.of(days[d], SLOTS[s], ZoneOffset.ofHours(8));
                }
            }
        }

        int randomDay(Random random) {
            return random.nextInt(days.length);
        }

        int clamp(int day) {
            return Math.min(day, days.length - 1);
        }

        OffsetDateTime start(int day, int slot) {
            return starts[day][slot];
        }

        OffsetDateTime end(int day, int slot, int minutes) {
            long key = ((long) day * SLOTS.length + slot) * MINUTES.length + minutes;
            return ends.computeIfAbsent(key, k -> starts[day][slot].plusMinutes(MINUTES[minutes]));
        }
    }
}
