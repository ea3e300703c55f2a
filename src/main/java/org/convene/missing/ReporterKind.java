package org.convene.missing;

/** Who reported the child missing: episodes are logged from non-police sources too (reference §9, hidden missing). */
public enum ReporterKind {
    POLICE("Police"),
    CARER("Carer or care placement"),
    SCHOOL("School"),
    PARENT("Parent or family"),
    SOCIAL_WORKER("The child's social worker"),
    OTHER("Someone else");

    private final String label;

    ReporterKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
