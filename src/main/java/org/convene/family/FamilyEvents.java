package org.convene.family;

/** Published inside the transaction that changes a referral; its process hears of them once it has committed. */
final class FamilyEvents {

    private FamilyEvents() {
    }

    record Referred(long referralId) {
    }

    /** It moved on a stage (allocated, baseline recorded, prepared, plan agreed, sent, reviewed): the process's message for that stage. */
    record MovedOn(long referralId, String message) {
    }

    record Declined(long referralId) {
    }
}
