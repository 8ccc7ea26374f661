package io.jianfu.query.overlap.engine;

/**
 * Person id → {@link Bookings}, by open addressing with linear probing. Each entry is the bookings object itself
 * (it carries its person and hash), so a lookup reads one slot and one object: one indirection fewer than a
 * {@link java.util.HashMap}, which matters when the index outgrows the processor caches.
 */
final class PersonTable {

    private Bookings[] slots = new Bookings[64];
    private int size;

    static int hash(String person) {
        int x = person.hashCode() * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    Bookings get(String person) {
        int hash = hash(person);
        int mask = slots.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            Bookings entry = slots[i];
            if (entry == null) {
                return null;
            }
            if (entry.hash == hash && (entry.person == person || entry.person.equals(person))) {
                return entry;
            }
        }
    }

    Bookings getOrCreate(String person) {
        Bookings found = get(person);
        if (found != null) {
            return found;
        }
        if (2 * (size + 1) > slots.length) {
            resize();
        }
        Bookings created = new Bookings(person, hash(person));
        place(slots, created);
        size++;
        return created;
    }

    /** Removes the entry (backward-shift deletion keeps every probe sequence unbroken). */
    void remove(Bookings entry) {
        int mask = slots.length - 1;
        int i = entry.hash & mask;
        while (slots[i] != entry) {
            i = (i + 1) & mask;
        }
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            Bookings next = slots[j];
            if (next == null) {
                break;
            }
            int home = next.hash & mask;
            boolean staysPut = i <= j ? (i < home && home <= j) : (i < home || home <= j);
            if (!staysPut) {
                slots[i] = next;
                i = j;
            }
        }
        slots[i] = null;
        size--;
    }

    int size() {
        return size;
    }

    private void resize() {
        Bookings[] bigger = new Bookings[slots.length * 2];
        for (Bookings entry : slots) {
            if (entry != null) {
                place(bigger, entry);
            }
        }
        slots = bigger;
    }

    private static void place(Bookings[] table, Bookings entry) {
        int mask = table.length - 1;
        int i = entry.hash & mask;
        while (table[i] != null) {
            i = (i + 1) & mask;
        }
        table[i] = entry;
    }
}
