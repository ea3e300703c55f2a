package org.convene.strategy;

/** Published inside the transaction that changes a concern; its process hears of them once it has committed. */
final class StrategyEvents {

    private StrategyEvents() {
    }

    record Raised(long caseId) {
    }

    record EnquiryStarted(long caseId) {
    }

    record OutcomeRecorded(long caseId) {
    }

    /** Closed with no further strategy work, or cancelled: its process ends. */
    record Ended(long caseId) {
    }
}
