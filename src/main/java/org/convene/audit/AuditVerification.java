package org.convene.audit;

/**
 * The result of walking the chain: how many events were checked and, when it is broken, the sequence number of the
 * first broken link and what is wrong with it.
 */
public record AuditVerification(long eventsChecked, Long firstBrokenSeq, String problem) {

    static AuditVerification intact(long eventsChecked) {
        return new AuditVerification(eventsChecked, null, null);
    }

    static AuditVerification broken(long eventsChecked, long seq, String problem) {
        return new AuditVerification(eventsChecked, seq, problem);
    }

    public boolean isIntact() {
        return firstBrokenSeq == null;
    }

    public String summary() {
        return isIntact()
                ? "Audit trail intact: " + eventsChecked + " event(s) checked."
                : "Audit trail broken at event " + firstBrokenSeq + ": " + problem;
    }
}
