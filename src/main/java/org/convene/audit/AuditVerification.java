package org.convene.audit;

import java.time.Instant;

/**
 * The result of checking the trail: how many events were checked, the signed checkpoint they were held to, how many
 * records (approved minutes) were checked against the events that vouch for them and, when something is wrong, what:
 * with the sequence number of the first broken event where there is one.
 */
public record AuditVerification(long eventsChecked, Long firstBrokenSeq, String problem, Instant checkpointAt, Long checkpointSeq,
                                long recordsChecked) {

    static AuditVerification intact(long eventsChecked, AuditCheckpoints.Checkpoint checkpoint, long recordsChecked) {
        return new AuditVerification(eventsChecked, null, null, checkpoint == null ? null : checkpoint.at(),
                checkpoint == null ? null : checkpoint.seq(), recordsChecked);
    }

    static AuditVerification broken(long eventsChecked, Long seq, String problem) {
        return new AuditVerification(eventsChecked, seq, problem, null, null, 0);
    }

    public boolean isIntact() {
        return problem == null;
    }

    public String summary() {
        if (!isIntact()) {
            return "Audit trail broken" + (firstBrokenSeq == null ? "" : " at event " + firstBrokenSeq) + ": " + problem;
        }
        return "Audit trail intact: " + eventsChecked + " event(s) checked"
                + (checkpointSeq == null ? ", with no signed checkpoint yet" : ", held to the signed checkpoint of " + checkpointAt + " (event " + checkpointSeq + ")")
                + "; " + recordsChecked + " approved record(s) match what their approval recorded.";
    }
}
