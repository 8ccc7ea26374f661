package io.jianfu.query.meeting;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * 无纸化会务: the paperwork of one meeting as its page shows it — the notice, each invited cadre's receipt, check-in
 * and reads, who has not answered, who checked in, who read, the materials and the paper printed. Times are in the
 * district's zone; names are null for cadres the directory view does not know.
 */
public record Paperwork(String meetingId, String organizerUnitCode, boolean noticeIssued,
                        OffsetDateTime noticeIssuedAt, String noticeMessage, Counts counts, List<Invitee> invitees,
                        List<Person> notAnswered, List<CheckIn> checkedIn, List<Reader> read,
                        List<UserRead> readByUsers, List<Material> materials, Printing printing) {

    /**
     * Invited cadres, how many answered which way, how many seats were checked in (by the cadre or their deputy), and
     * how many cadres (invitees or deputies) read at least one material.
     */
    public record Counts(int invited, int answered, int notAnswered, int attending, int absent, int deputies,
                         int checkedIn, int read) {
    }

    /** An invited cadre with their latest receipt (null before an answer), check-in and read materials. */
    public record Invitee(String cadreId, String name, String unitCode, Receipt receipt, CheckIn checkIn,
                          List<String> readMaterialIds) {
    }

    /** ATTENDING, ABSENT with a reason, or DEPUTY with the deputy. */
    public record Receipt(String answer, String reason, String deputyCadreId, String deputyName,
                          OffsetDateTime answeredAt) {
    }

    /** Who checked in ({@code cadreId}; a deputy for {@code forCadreId}), when, and how: BY_UNIT or BY_CODE. */
    public record CheckIn(String cadreId, String name, String forCadreId, String method, OffsetDateTime at) {
    }

    public record Person(String cadreId, String name, String unitCode) {
    }

    /** A cadre (invitee or deputy) and the materials they read. */
    public record Reader(String cadreId, String name, List<String> materialIds) {
    }

    /** A STAFF user who read a material without naming a cadre. */
    public record UserRead(String reader, String unitCode, String materialId, OffsetDateTime at) {
    }

    public record Material(String id, String fileName, String contentType, long size, String sha256,
                           OffsetDateTime uploadedAt) {
    }

    /** Each printing record, and the total of pages × copies. */
    public record Printing(List<PrintRecord> records, long printedPages) {
    }

    public record PrintRecord(int pages, int copies, OffsetDateTime recordedAt) {
    }
}
