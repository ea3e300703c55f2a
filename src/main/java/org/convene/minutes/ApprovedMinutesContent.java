package org.convene.minutes;

import org.convene.shared.Hashes;
import java.util.stream.Stream;
import org.convene.audit.AuditedContent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every approved version of minutes, as the audit verifier checks it: the hash of its content as stored now must be
 * the one its approval event recorded, so that editing minutes and recomputing their content hash is caught.
 */
@Component
class ApprovedMinutesContent implements AuditedContent {

    private final JdbcTemplate jdbc;

    ApprovedMinutesContent(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Stream<Claim> claims() {
        return jdbc.query("select meeting_id, version, content from minutes_version where status <> 'DRAFT' order by meeting_id, version",
                (row, n) -> new Claim(MinutesService.ENTITY, String.valueOf(row.getLong("meeting_id")), MinutesService.APPROVED,
                        MinutesService.approvalChange(row.getInt("version"), Hashes.sha256(row.getString("content"))),
                        "the minutes of meeting " + row.getLong("meeting_id") + ", version " + row.getInt("version"))).stream();
    }
}
