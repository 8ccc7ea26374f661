package io.jianfu.query.overlap.engine;

import java.util.Arrays;

/**
 * One person's meetings in an {@link InMemoryMeetingIndex}, ordered by start day; also the person's entry in the
 * {@link PersonTable}. Each booking is a stamp {@code (epochDay << 32 | ordinal)} beside the meeting itself, so
 * that finding the window and de-duplicating candidates read only this array of numbers, never the meetings.
 */
final class Bookings {

    final String person;
    final int hash;
    long[] stamps = new long[4];
    MeetingProfile[] meetings = new MeetingProfile[4];
    private int size;
    private long latest = Long.MIN_VALUE; // stamps[size - 1], kept here so a quiet person costs one read

    Bookings(String person, int hash) {
        this.person = person;
        this.hash = hash;
    }

    static long stamp(int epochDay, int ordinal) {
        return ((long) epochDay << 32) | (ordinal & 0xFFFFFFFFL);
    }

    static long ordinal(long stamp) {
        return stamp & 0xFFFFFFFFL;
    }

    void add(long stamp, MeetingProfile meeting) {
        if (size == stamps.length) {
            stamps = Arrays.copyOf(stamps, size * 2);
            meetings = Arrays.copyOf(meetings, size * 2);
        }
        int at = upperBound((int) (stamp >> 32));
        System.arraycopy(stamps, at, stamps, at + 1, size - at);
        System.arraycopy(meetings, at, meetings, at + 1, size - at);
        stamps[at] = stamp;
        meetings[at] = meeting;
        size++;
        latest = stamps[size - 1];
    }

    /** The stamp of the latest booking ({@link Long#MIN_VALUE} when none). */
    long latest() {
        return latest;
    }

    /** Removes the booking with this stamp; returns how many bookings remain. */
    int remove(long stamp) {
        for (int i = lowerBound((int) (stamp >> 32)); i < size && stamps[i] >> 32 == stamp >> 32; i++) {
            if (stamps[i] == stamp) {
                System.arraycopy(stamps, i + 1, stamps, i, size - i - 1);
                System.arraycopy(meetings, i + 1, meetings, i, size - i - 1);
                meetings[--size] = null;
                latest = size == 0 ? Long.MIN_VALUE : stamps[size - 1];
                break;
            }
        }
        return size;
    }

    /**
     * The first position whose day is at least {@code day}. Searches from the end, doubling the step, then
     * bisects: windows near the latest bookings (the usual case, as meetings arrive roughly in time order) touch
     * only the tail of the array; any other window costs O(log n) as well.
     */
    int lowerBound(int day) {
        long first = (long) day << 32;
        int hi = size;
        int step = 1;
        while (hi > 0 && stamps[hi - 1] >= first) {
            int next = Math.max(0, hi - step);
            if (stamps[next] < first) {
                return bisect(next + 1, hi, first);
            }
            hi = next;
            step <<= 1;
        }
        return hi;
    }

    /** The first position whose day is after {@code day}. */
    int upperBound(int day) {
        return lowerBound(day + 1);
    }

    private int bisect(int lo, int hi, long first) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (stamps[mid] < first) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
