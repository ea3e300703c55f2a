package org.convene.directory;

public enum AgencyKind {
    SOCIAL_CARE, POLICE, HEALTH, EDUCATION, YOUTH_SERVICE, VCSE
}
