package ru.opora.indicator.exchange;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.opora.ledger.Area;
import ru.opora.ledger.FieldChange;
import ru.opora.ledger.Ledger;
import ru.opora.ledger.LedgerWriter;
import ru.opora.ledger.Operation;
import ru.opora.ledger.Owner;

/**
 * What an import job saved, for the audit ledger and the change feed, written in the job's transaction: one entry per
 * school and period (how many values were created and updated, and each updated value old → new), one per campaign form
 * a template accepted, and one for the job itself. Counting while the rows stream costs a map lookup per school and
 * period, not per value.
 */
final class ImportLedger {

    private final long jobId;
    private final Long municipalityId;
    private final long regionId;
    private final LedgerWriter.Batch batch;
    /** (school, period) → {created, updated}. */
    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final Map<String, List<FieldChange>> updates = new HashMap<>();
    private int lastSchool = -1;
    private String lastPeriod;
    private long[] last;

    ImportLedger(long jobId, long regionId, Long municipalityId, String actor, String actorKind, String requestId,
                 String reason) {
        this.jobId = jobId;
        this.regionId = regionId;
        this.municipalityId = municipalityId;
        this.batch = new LedgerWriter.Batch(actor, actorKind, requestId, reason);
    }

    /** A value of the school and period was created (true) or updated. */
    void count(int schoolId, String period, boolean created, long howMany) {
        if (schoolId != lastSchool || !period.equals(lastPeriod)) {
            lastSchool = schoolId;
            lastPeriod = period;
            last = counts.computeIfAbsent(schoolId + "/" + period, key -> new long[2]);
        }
        last[created ? 0 : 1] += howMany;
    }

    /** Forgets the counts of an attempt that was rolled back. */
    void forget() {
        counts.clear();
        lastSchool = -1;
        lastPeriod = null;
    }

    /** The values the job updated, old → new, from the history rows it wrote. */
    void readUpdates(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select h.school_id, h.period, i.code, d.key, h.old_num, h.old_text,"
                + " h.new_num, h.new_text, h.old_status from indicator_value_history h join indicator i on i.id = h.indicator_id"
                + " join disaggregation d on d.id = h.disaggregation_id where h.import_job_id = ? order by h.id")) {
            s.setLong(1, jobId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String field = rs.getString(3) + (rs.getString(4).isEmpty() ? "" : "[" + rs.getString(4) + "]");
                    List<FieldChange> changes = updates.computeIfAbsent(rs.getInt(1) + "/" + rs.getString(2), k -> new ArrayList<>());
                    changes.add(new FieldChange(field, value(rs.getBigDecimal(5), rs.getString(6)),
                            value(rs.getBigDecimal(7), rs.getString(8))));
                    if (!"ACCEPTED".equals(rs.getString(9))) {
                        changes.add(new FieldChange(field + ".status", Ledger.json(rs.getString(9)), Ledger.json("ACCEPTED")));
                    }
                }
            }
        }
    }

    /** Campaign forms a filled template accepted: {school id, its state before}. */
    void formsAccepted(long campaignId, List<Object[]> forms) {
        for (Object[] form : forms) {
            batch.add("campaign-form", campaignId + "/" + form[0], Area.VALUES, null, Operation.UPDATE,
                    Owner.school(((Number) form[0]).longValue()),
                    List.of(new FieldChange("status", Ledger.json(form[1]), Ledger.json("ACCEPTED"))),
                    reason(), null);
        }
    }

    /** Writes the entries with the job's totals; call last in the job's transaction. */
    void write(Connection c, long created, long updated, long unchanged) throws SQLException {
        String reason = reason();
        for (Map.Entry<String, long[]> school : counts.entrySet()) {
            String key = school.getKey();
            int slash = key.indexOf('/');
            long[] n = school.getValue();
            List<FieldChange> changes = new ArrayList<>();
            if (n[0] > 0) {
                changes.add(new FieldChange("values.created", null, Ledger.json(n[0])));
            }
            if (n[1] > 0) {
                changes.add(new FieldChange("values.updated", null, Ledger.json(n[1])));
            }
            changes.addAll(updates.getOrDefault(key, List.of()));
            batch.add(Ledger.VALUE_KIND, key, Area.VALUES, "ru.opora." + Ledger.VALUE_KIND + ".accepted",
                    n[1] == 0 ? Operation.CREATE : Operation.UPDATE, Owner.school(Long.parseLong(key.substring(0, slash))),
                    changes, reason, "/" + Ledger.VALUE_KIND + "s/" + key.substring(slash + 1));
        }
        batch.add("indicator-import", Long.toString(jobId), Area.VALUES, "ru.opora.indicator-import.completed",
                Operation.CREATE, municipalityId != null ? Owner.municipality(municipalityId) : Owner.region(regionId),
                List.of(new FieldChange("created", null, Ledger.json(created)),
                        new FieldChange("updated", null, Ledger.json(updated)),
                        new FieldChange("unchanged", null, Ledger.json(unchanged))), reason, null);
        batch.write(c);
    }

    private String reason() {
        return "загрузка значений № " + jobId;
    }

    private static com.fasterxml.jackson.databind.JsonNode value(BigDecimal number, String text) {
        return number != null ? Ledger.json(number) : Ledger.json(text);
    }
}
