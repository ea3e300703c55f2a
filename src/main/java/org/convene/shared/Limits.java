package org.convene.shared;

/**
 * How much each kind of text may hold, as the database columns allow. Forms and the API state the same limits: a form
 * shows them beside the field (templates read them as {@code limits.NAME}), the OpenAPI document as {@code maxLength}.
 */
public final class Limits {

    public static final int NAME = 200;
    public static final int EMAIL = 320;
    public static final int REFERENCE = 100;
    public static final int TITLE = 500;
    public static final int PLACE = 500;
    public static final int LINK = 1000;
    public static final int REASON = 1000;
    public static final int CONCERN = 4000;
    public static final int NOTE = 4000;
    public static final int ENTRY = 8000;
    public static final int PASSWORD = 200;
    /** Children one concern may name. */
    public static final int CHILDREN = 20;
    /** People and agencies one meeting may invite at once. */
    public static final int INVITEES = 100;

    private Limits() {
    }
}
