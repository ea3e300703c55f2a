package org.convene.meeting;

public enum InvitationStatus {
    INVITED, ACCEPTED, TENTATIVE, DECLINED, DELEGATED;

    public boolean isAccepted() {
        return this == ACCEPTED || this == DELEGATED;
    }
}
