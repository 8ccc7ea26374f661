package io.jianfu.query.overlap.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A meeting prepared for comparison: its start as a calendar day and half-day in the district zone
 * (Asia/Shanghai), and its distinct attendees ordered by a 64-bit key spread from their ids' hash codes, so that
 * counting the people two meetings share is a merge of two short arrays of numbers (each key match is confirmed
 * with {@link String#equals}, so results are exact even when two ids collide). Computed once per meeting.
 *
 * <p>It also carries the meeting id with its first eight characters packed into two numbers, so that sorting
 * candidates by id rarely needs to read the id strings. The text features (subject families, title bigrams)
 * are computed only for pairs that pass the people and time checks, and are then remembered here for the
 * analyser that computed them.
 */
public final class MeetingProfile {

    /** The district's time zone: days, half-days and weekdays are read in it. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Natural order of meeting ids ({@link String#compareTo}), reading the packed prefix first. */
    public static final Comparator<MeetingProfile> BY_ID = MeetingProfile::compareIds;

    private final MeetingFacts facts;
    private final String meetingId;
    private final long idHead;
    private final long idTail;
    private final int epochDay;
    private final boolean afternoon;
    private final long[] hashes;
    private final String[] people;
    private volatile TextAnalyzer.Features text;

    private MeetingProfile(MeetingFacts facts) {
        this.facts = facts;
        this.meetingId = facts.meetingId();
        this.idHead = pack(meetingId, 0);
        this.idTail = pack(meetingId, 4);
        ZonedDateTime local = facts.start().atZoneSameInstant(ZONE);
        this.epochDay = Math.toIntExact(local.toLocalDate().toEpochDay());
        this.afternoon = local.getHour() >= 12;
        List<String> ids = facts.attendeeIds();
        long[] keys = new long[ids.size()];
        String[] names = new String[ids.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = ids.get(i);
            keys[i] = hash(names[i]);
        }
        sortByKey(keys, names);
        int distinct = 0;
        for (int i = 0; i < names.length; i++) {
            if (distinct == 0 || keys[i] != keys[distinct - 1] || !names[i].equals(names[distinct - 1])) {
                keys[distinct] = keys[i];
                names[distinct++] = names[i];
            }
        }
        this.hashes = distinct == keys.length ? keys : Arrays.copyOf(keys, distinct);
        this.people = distinct == names.length ? names : Arrays.copyOf(names, distinct);
    }

    /** Prepares one meeting. */
    public static MeetingProfile of(MeetingFacts facts) {
        return new MeetingProfile(Objects.requireNonNull(facts, "facts"));
    }

    public MeetingFacts facts() {
        return facts;
    }

    public String meetingId() {
        return meetingId;
    }

    /** The start date in the district zone, as {@link LocalDate#toEpochDay()}. */
    public int epochDay() {
        return epochDay;
    }

    public LocalDate date() {
        return LocalDate.ofEpochDay(epochDay);
    }

    public DayOfWeek dayOfWeek() {
        return date().getDayOfWeek();
    }

    /** True when the meeting starts at or after 12:00 district time. */
    public boolean afternoon() {
        return afternoon;
    }

    /** The number of distinct attendees. */
    public int attendeeCount() {
        return hashes.length;
    }

    /** Distinct attendee ids in natural order; a copy. */
    public String[] attendees() {
        String[] sorted = people.clone();
        Arrays.sort(sorted);
        return sorted;
    }

    /** Whether the person is among the attendees. */
    public boolean attends(String personId) {
        long key = hash(personId);
        int at = Arrays.binarySearch(hashes, key);
        if (at < 0) {
            return false;
        }
        while (at > 0 && hashes[at - 1] == key) {
            at--;
        }
        for (; at < hashes.length && hashes[at] == key; at++) {
            if (people[at].equals(personId)) {
                return true;
            }
        }
        return false;
    }

    /** Distinct attendees in hash order (the index iterates them; order is irrelevant there). */
    String[] people() {
        return people;
    }

    /** How many distinct people both meetings share; exact. */
    static int sharedCount(MeetingProfile a, MeetingProfile b) {
        return shared(a, b, null);
    }

    /** Who both meetings share, in natural order. */
    static List<String> sharedIds(MeetingProfile a, MeetingProfile b) {
        List<String> ids = new ArrayList<>();
        shared(a, b, ids);
        ids.sort(Comparator.naturalOrder());
        return ids;
    }

    private static int shared(MeetingProfile a, MeetingProfile b, List<String> collect) {
        long[] x = a.hashes;
        long[] y = b.hashes;
        int count = 0;
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] < y[j]) {
                i++;
            } else if (x[i] > y[j]) {
                j++;
            } else {
                long key = x[i];
                int iEnd = i;
                while (iEnd < x.length && x[iEnd] == key) {
                    iEnd++;
                }
                int jEnd = j;
                while (jEnd < y.length && y[jEnd] == key) {
                    jEnd++;
                }
                for (int p = i; p < iEnd; p++) {
                    for (int q = j; q < jEnd; q++) {
                        if (a.people[p].equals(b.people[q])) {
                            count++;
                            if (collect != null) {
                                collect.add(a.people[p]);
                            }
                        }
                    }
                }
                i = iEnd;
                j = jEnd;
            }
        }
        return count;
    }

    /**
     * Sorts meetings into natural id order. Reads every meeting's packed id prefix in one pass first (independent
     * reads the processor overlaps), then insertion-sorts on the prefixes, reading ids only on ties; lists
     * longer than a few dozen fall back to a general sort.
     */
    static void sortById(List<MeetingProfile> meetings) {
        int n = meetings.size();
        if (n > 48) {
            meetings.sort(BY_ID);
            return;
        }
        long[] heads = new long[n];
        MeetingProfile[] sorted = meetings.toArray(MeetingProfile[]::new);
        for (int i = 0; i < n; i++) {
            heads[i] = sorted[i].idHead;
        }
        for (int i = 1; i < n; i++) {
            long head = heads[i];
            MeetingProfile meeting = sorted[i];
            int j = i - 1;
            while (j >= 0 && (Long.compareUnsigned(heads[j], head) > 0
                    || heads[j] == head && compareIds(sorted[j], meeting) > 0)) {
                heads[j + 1] = heads[j];
                sorted[j + 1] = sorted[j];
                j--;
            }
            heads[j + 1] = head;
            sorted[j + 1] = meeting;
        }
        for (int i = 0; i < n; i++) {
            meetings.set(i, sorted[i]);
        }
    }

    /** Whether both are the same meeting by id; reads the id strings only when their prefixes agree. */
    static boolean sameId(MeetingProfile a, MeetingProfile b) {
        return a == b || a.idHead == b.idHead && a.idTail == b.idTail && a.meetingId.equals(b.meetingId);
    }

    private static int compareIds(MeetingProfile a, MeetingProfile b) {
        if (a == b) {
            return 0;
        }
        int order = Long.compareUnsigned(a.idHead, b.idHead);
        if (order == 0) {
            order = Long.compareUnsigned(a.idTail, b.idTail);
        }
        return order != 0 ? order : a.meetingId.compareTo(b.meetingId);
    }

    /** Four UTF-16 units of the id from {@code from}, zero-padded: compares like the id's own prefix. */
    private static long pack(String id, int from) {
        long packed = 0;
        for (int i = from; i < from + 4; i++) {
            packed = (packed << 16) | (i < id.length() ? id.charAt(i) : 0);
        }
        return packed;
    }

    /**
     * The id's own (cached) {@link String#hashCode()}, spread over 64 bits: reading it does not touch the
     * characters. Equal ids hash equally; the rare different ids that collide are told apart by {@code equals}.
     */
    private static long hash(String id) {
        long h = id.hashCode() * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    /** Sorts both arrays by (key, name): insertion sort for the usual few dozen attendees, a full sort beyond. */
    private static void sortByKey(long[] keys, String[] names) {
        int n = keys.length;
        if (n > 64) {
            Integer[] order = new Integer[n];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, Comparator.<Integer>comparingLong(i -> keys[i]).thenComparing(i -> names[i]));
            long[] sortedKeys = new long[n];
            String[] sortedNames = new String[n];
            for (int i = 0; i < n; i++) {
                sortedKeys[i] = keys[order[i]];
                sortedNames[i] = names[order[i]];
            }
            System.arraycopy(sortedKeys, 0, keys, 0, n);
            System.arraycopy(sortedNames, 0, names, 0, n);
            return;
        }
        for (int i = 1; i < n; i++) {
            long key = keys[i];
            String name = names[i];
            int j = i - 1;
            while (j >= 0 && (keys[j] > key || keys[j] == key && names[j].compareTo(name) > 0)) {
                keys[j + 1] = keys[j];
                names[j + 1] = names[j];
                j--;
            }
            keys[j + 1] = key;
            names[j + 1] = name;
        }
    }

    TextAnalyzer.Features text(TextAnalyzer analyzer) {
        TextAnalyzer.Features cached = text;
        if (cached == null || cached.analyzer() != analyzer) {
            cached = analyzer.analyze(facts);
            text = cached;
        }
        return cached;
    }
}
