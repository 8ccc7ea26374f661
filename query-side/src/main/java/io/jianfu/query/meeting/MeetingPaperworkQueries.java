package io.jianfu.query.meeting;

import io.jianfu.query.common.DistrictTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Reads the paperwork of one meeting from the tables of {@link MeetingPaperworkProjection}. */
@Component
@Transactional(readOnly = true)
public class MeetingPaperworkQueries {
    private final JdbcClient jdbc;

    public MeetingPaperworkQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty for an unknown meeting; a meeting whose notice is not out yet has empty paperwork. */
    public Optional<Paperwork> paperwork(String meetingId) {
        Optional<Paperwork> issued = jdbc.sql("SELECT * FROM paperwork_notice_view WHERE meeting_id = ?")
                                         .param(meetingId)
                                         .query((rs, row) -> assemble(meetingId, rs.getString("organizer_unit_code"),
                                                                      time(rs, "issued_at"), rs.getString("message")))
                                         .optional();
        if (issued.isPresent()) {
            return issued;
        }
        return jdbc.sql("SELECT organizer_unit_code FROM meeting_view WHERE meeting_id = ?")
                   .param(meetingId)
                   .query(String.class)
                   .optional()
                   .map(organiser -> new Paperwork(meetingId, organiser, false, null, null,
                                                   new Paperwork.Counts(0, 0, 0, 0, 0, 0, 0, 0), List.of(), List.of(),
                                                   List.of(), List.of(), List.of(), List.of(),
                                                   new Paperwork.Printing(List.of(), 0)));
    }

    private Paperwork assemble(String meetingId, String organiser, OffsetDateTime issuedAt, String message) {
        Map<String, List<String>> cadreReads = new LinkedHashMap<>();
        List<Paperwork.UserRead> userReads = new ArrayList<>();
        jdbc.sql("""
                 SELECT material_id, cadre_id, reader, reader_unit_code, read_at FROM paperwork_read_view
                 WHERE meeting_id = ? ORDER BY read_at, material_id, reader_key""")
            .param(meetingId)
            .query(rs -> {
                String cadreId = rs.getString("cadre_id");
                if (cadreId != null) {
                    cadreReads.computeIfAbsent(cadreId, id -> new ArrayList<>()).add(rs.getString("material_id"));
                } else {
                    userReads.add(new Paperwork.UserRead(rs.getString("reader"), rs.getString("reader_unit_code"),
                                                         rs.getString("material_id"), time(rs, "read_at")));
                }
            });
        List<Paperwork.Invitee> invitees = invitees(meetingId, cadreReads);
        List<Paperwork.Person> notAnswered = invitees.stream().filter(i -> i.receipt() == null)
                                                     .map(i -> new Paperwork.Person(i.cadreId(), i.name(),
                                                                                    i.unitCode()))
                                                     .toList();
        List<Paperwork.CheckIn> checkedIn = invitees.stream().map(Paperwork.Invitee::checkIn)
                                                    .filter(Objects::nonNull).toList();
        Map<String, String> names = names(cadreReads.keySet());
        List<Paperwork.Reader> readers = cadreReads.entrySet().stream()
                                                   .map(e -> new Paperwork.Reader(e.getKey(), names.get(e.getKey()),
                                                                                  List.copyOf(e.getValue())))
                                                   .toList();
        var counts = new Paperwork.Counts(invitees.size(), invitees.size() - notAnswered.size(), notAnswered.size(),
                                          answered(invitees, "ATTENDING"), answered(invitees, "ABSENT"),
                                          answered(invitees, "DEPUTY"), checkedIn.size(), readers.size());
        return new Paperwork(meetingId, organiser, true, issuedAt, message, counts, invitees, notAnswered, checkedIn,
                             readers, userReads, materials(meetingId), printing(meetingId));
    }

    private List<Paperwork.Invitee> invitees(String meetingId, Map<String, List<String>> cadreReads) {
        return jdbc.sql("""
                        SELECT i.*, c.name, d.name AS deputy_name, k.name AS checked_in_name
                        FROM paperwork_invitee_view i
                        LEFT JOIN cadre_view c ON c.id = i.cadre_id
                        LEFT JOIN cadre_view d ON d.id = i.deputy_cadre_id
                        LEFT JOIN cadre_view k ON k.id = i.checked_in_cadre_id
                        WHERE i.meeting_id = ? ORDER BY i.position""")
                   .param(meetingId)
                   .query((rs, row) -> {
                       String cadreId = rs.getString("cadre_id");
                       Paperwork.Receipt receipt = rs.getString("answer") == null ? null
                               : new Paperwork.Receipt(rs.getString("answer"), rs.getString("reason"),
                                                       rs.getString("deputy_cadre_id"), rs.getString("deputy_name"),
                                                       time(rs, "answered_at"));
                       String whoCame = rs.getString("checked_in_cadre_id");
                       Paperwork.CheckIn checkIn = whoCame == null ? null
                               : new Paperwork.CheckIn(whoCame, rs.getString("checked_in_name"),
                                                       whoCame.equals(cadreId) ? null : cadreId,
                                                       rs.getString("check_in_method"), time(rs, "checked_in_at"));
                       return new Paperwork.Invitee(cadreId, rs.getString("name"), rs.getString("unit_code"), receipt,
                                                    checkIn, List.copyOf(cadreReads.getOrDefault(cadreId, List.of())));
                   })
                   .list();
    }

    private List<Paperwork.Material> materials(String meetingId) {
        return jdbc.sql("""
                        SELECT * FROM paperwork_material_view WHERE meeting_id = ? ORDER BY uploaded_at, material_id""")
                   .param(meetingId)
                   .query((rs, row) -> new Paperwork.Material(rs.getString("material_id"), rs.getString("file_name"),
                                                              rs.getString("content_type"), rs.getLong("size"),
                                                              rs.getString("sha256"), time(rs, "uploaded_at")))
                   .list();
    }

    private Paperwork.Printing printing(String meetingId) {
        List<Paperwork.PrintRecord> records =
                jdbc.sql("""
                         SELECT pages, copies, recorded_at FROM paperwork_printing_view WHERE meeting_id = ?
                         ORDER BY recorded_at, event_id""")
                    .param(meetingId)
                    .query((rs, row) -> new Paperwork.PrintRecord(rs.getInt("pages"), rs.getInt("copies"),
                                                                  time(rs, "recorded_at")))
                    .list();
        long total = records.stream().mapToLong(r -> (long) r.pages() * r.copies()).sum();
        return new Paperwork.Printing(records, total);
    }

    private Map<String, String> names(Collection<String> cadreIds) {
        Map<String, String> names = new LinkedHashMap<>();
        if (!cadreIds.isEmpty()) {
            jdbc.sql("SELECT id, name FROM cadre_view WHERE id = ANY(?)")
                .param(cadreIds.toArray(String[]::new))
                .query(rs -> { names.put(rs.getString(1), rs.getString(2)); });
        }
        return names;
    }

    private static int answered(List<Paperwork.Invitee> invitees, String answer) {
        return (int) invitees.stream().filter(i -> i.receipt() != null && answer.equals(i.receipt().answer()))
                             .count();
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        return DistrictTime.inDistrict(rs.getObject(column, OffsetDateTime.class));
    }
}
